package org.objectionhelper.guide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.objectionhelper.evidence.Bundle;
import org.objectionhelper.files.PlainFile;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.web.Request;
import org.objectionhelper.web.Response;
import org.objectionhelper.web.Routes;

/**
 * The end page's part of the site: the outcomes, each receipt, the folder opened in the file
 * manager, and the person's choice of what comes next, which the run waits on ({@link #next}).
 */
final class EndSite {
  /** What the person chose on the end page. */
  enum Next {
    ANOTHER_ACCOUNT,
    FINISH
  }

  /** The receipt keeps its own styles and carries its screenshots inside. */
  private static final String RECEIPT =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

  private final FolderOpener opener;
  private final Function<Request, PageLayout> layouts;
  private List<Outcome> outcomes = List.of();
  private CompletableFuture<Next> next = new CompletableFuture<>();

  /**
   * @param layouts the frame of the pages in the person's language, for a request
   */
  EndSite(FolderOpener opener, Function<Request, PageLayout> layouts) {
    this.opener = opener;
    this.layouts = layouts;
  }

  Routes addTo(Routes routes) {
    return routes
        .get("/done", request -> PageLayout.response(done(request, Optional.empty())))
        .get("/receipt", this::receipt)
        .post("/open-folder", this::openFolder)
        .post("/next", this::next);
  }

  /** The run's outcomes so far, for the end page; the end page's choice is asked anew. */
  synchronized void finished(List<Outcome> all) {
    outcomes = List.copyOf(all);
    next = new CompletableFuture<>();
  }

  /** What the person chooses on the end page, once they choose. */
  synchronized CompletableFuture<Next> next() {
    return next;
  }

  private synchronized List<Outcome> outcomes() {
    return outcomes;
  }

  private String done(Request request, Optional<String> status) {
    return new DonePage(layouts.apply(request)).render(outcomes(), status);
  }

  private Response receipt(Request request) {
    Optional<Path> folder = evidenceOf(request.query("n").orElse(""));
    if (folder.isEmpty()) {
      return Response.text(404, "Not found");
    }
    try {
      return PlainFile.read(folder.get(), Bundle.RECEIPT)
          .map(receipt -> Response.of(200, "text/html; charset=utf-8", receipt))
          .map(receipt -> receipt.withHeader("Content-Security-Policy", RECEIPT))
          .orElse(Response.text(404, "Not found"));
    } catch (IOException unreadable) {
      return Response.text(404, "Not found");
    }
  }

  private Response openFolder(Request request) {
    Optional<Path> folder = evidenceOf(request.field("n"));
    if (folder.isEmpty()) {
      return Response.redirect("/done");
    }
    String where = folder.get().toAbsolutePath().toString();
    PageLayout layout = layouts.apply(request);
    String said =
        opener.open(folder.get())
            ? layout.text("guide.done.opened", where)
            : layout.text("guide.done.open.failed", where);
    return PageLayout.response(done(request, Optional.of(said)));
  }

  private Response next(Request request) {
    boolean another = request.field("next").equals("another");
    next().complete(another ? Next.ANOTHER_ACCOUNT : Next.FINISH);
    GuidePages pages = new GuidePages(layouts.apply(request));
    return PageLayout.response(another ? pages.opening() : pages.ended());
  }

  private Optional<Path> evidenceOf(String number) {
    List<Outcome> shown = outcomes();
    try {
      int n = Integer.parseInt(number.strip());
      return n >= 0 && n < shown.size() ? shown.get(n).evidence() : Optional.empty();
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
