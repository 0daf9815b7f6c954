package org.objectionhelper.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * Measures how deeply a mail's parts are nested before it is parsed: mime4j reads each level
 * through a stream wrapped around the one before, so a mail of thousands of nested parts would
 * overflow the stack. Walked as tokens, the walk stops at the limit, long before that.
 */
final class MimeNesting {
  /** Far beyond any real mail: Meta's is two or three parts deep. */
  static final int LIMIT = 100;

  private MimeNesting() {}

  /**
   * @throws TooDeeplyNestedException if parts are nested more than {@link #LIMIT} deep
   * @throws IOException if the mail cannot be read as MIME at all
   */
  static void requireWithinLimit(byte[] eml) throws IOException {
    MimeTokenStream tokens = new MimeTokenStream(MimeConfig.PERMISSIVE);
    tokens.parse(new ByteArrayInputStream(eml));
    int depth = 0;
    try {
      for (EntityState state = tokens.getState();
          state != EntityState.T_END_OF_STREAM;
          state = tokens.next()) {
        switch (state) {
          case T_START_MESSAGE, T_START_MULTIPART -> depth++;
          case T_END_MESSAGE, T_END_MULTIPART -> depth--;
          default -> {}
        }
        if (depth > LIMIT) {
          throw new TooDeeplyNestedException(LIMIT);
        }
      }
    } catch (MimeException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
