package org.objectionhelper.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.objectionhelper.files.WritableFolder;
import picocli.CommandLine.ITypeConverter;

/**
 * {@code --browser-profile DIR}: a folder the browser can keep its profile in, or make; checked
 * here, since a browser given a file says only that it could not start.
 */
final class BrowserProfileConverter implements ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    try {
      Path folder = Path.of(value);
      if (WritableFolder.canHold(folder)) {
        return folder;
      }
    } catch (InvalidPathException e) {
      // falls through to the one message below
    }
    throw new WrongValue("input.value.browser.profile", value);
  }
}
