package org.objectionhelper.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.objectionhelper.page.AmbiguousFieldException;
import org.objectionhelper.page.Filling;
import org.objectionhelper.page.FormChangedException;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.Match;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.FieldType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the form as a person would: picks the country, types the e-mail and the texts, chooses the
 * files to upload. A value Meta prefilled is the account's and stays; the person decides at review.
 */
final class FormFiller {
  private static final Logger LOG = LoggerFactory.getLogger(FormFiller.class);

  /** The note on a text shorter than the form's minimum: the person adds to it at review. */
  static final String TOO_SHORT = "fill.too.short";

  /**
   * Fills what the request holds. The form has shown already ({@link FormArrival} waited for its
   * e-mail field), and with the e-mail field the others show too.
   */
  List<FilledField> fill(FormPage page, ObjectionRequest request) {
    if (page.filling().dismissCookieDialog()) {
      LOG.info(
          "{}: cookie dialog dismissed with the profile's privacy-friendly choice",
          page.profile().platform().id());
    }
    List<FilledField> filled = new ArrayList<>();
    for (FieldSpec spec : page.profile().fields().values()) {
      Optional<String> wanted = request.value(spec.role());
      if (wanted.isEmpty()) {
        continue;
      }
      Optional<Match> field;
      try {
        field = page.findNow(spec);
      } catch (AmbiguousFieldException e) {
        // A wrong fill is worse than none: the person fills this one.
        filled.add(FilledField.unfilled(spec.role(), "fill.ambiguous"));
        continue;
      }
      if (field.isEmpty() && spec.optional() && spec.role() == FieldRole.COUNTRY) {
        filled.add(FilledField.unfilled(FieldRole.COUNTRY, "fill.country.absent"));
        continue;
      }
      Match match = field.orElseGet(() -> page.waitFor(spec, Duration.ZERO));
      filled.add(
          spec.type() == FieldType.FILE
              ? upload(page.filling(), spec, match, request.attachments(), wanted.get())
              : fillOne(page.filling(), spec, match, wanted.get()));
    }
    return filled;
  }

  private static FilledField upload(
      Filling filling, FieldSpec spec, Match field, List<Attachment> files, String names) {
    int chosen = filling.upload(field, files.stream().map(Attachment::file).toList());
    filling.markFilled(field);
    if (chosen != files.size()) {
      throw new FormChangedException("page.files.refused", spec.name(), chosen, files.size());
    }
    return new FilledField(spec.role(), names, "", Optional.of(field));
  }

  private static FilledField fillOne(Filling filling, FieldSpec spec, Match field, String wanted) {
    switch (spec.type()) {
      case SELECT -> {
        if (!filling.selectCountry(field, wanted)) {
          // A list the tool cannot choose in is the person's to choose in, at the review.
          filling.markForPerson(field);
          return FilledField.unfilled(spec.role(), "fill.country.unchosen");
        }
        filling.markFilled(field);
        return new FilledField(spec.role(), wanted, "", Optional.of(field));
      }
      case TEXT, TEXTAREA -> {
        String present = filling.valueOf(field);
        if (!present.isBlank()) {
          filling.markFilled(field);
          boolean same =
              present
                  .trim()
                  .toLowerCase(Locale.ROOT)
                  .equals(wanted.trim().toLowerCase(Locale.ROOT));
          String different =
              filling.readOnly(field) ? "fill.prefilled.readonly" : "fill.prefilled.different";
          return new FilledField(
              spec.role(), present, same ? "fill.prefilled.same" : different, Optional.of(field));
        }
        // A browser keeps line breaks as \n; comparing with what the field holds needs the same.
        String text = wanted.replace("\r\n", "\n");
        filling.type(field, text);
        String typed = filling.markFilled(field);
        if (!typed.equals(text)) {
          throw new FieldTooShortException(spec.name(), typed.length(), text.length());
        }
        int minimum = spec.type() == FieldType.TEXTAREA ? filling.minLength(field) : 0;
        if (typed.length() < minimum) {
          return new FilledField(
              spec.role(),
              typed,
              TOO_SHORT,
              Optional.of(field),
              List.of(spec.name(), minimum, typed.length()));
        }
        return new FilledField(spec.role(), typed, "", Optional.of(field));
      }
    }
    throw new IllegalStateException("unknown field type " + spec.type());
  }
}
