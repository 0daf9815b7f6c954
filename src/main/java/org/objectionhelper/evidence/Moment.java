package org.objectionhelper.evidence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A point in time as the evidence records it: exact in UTC, and as the person's clock showed it.
 *
 * @param local ISO-8601 with the offset then in force, e.g. {@code 2026-11-23T11:15:02+01:00}
 * @param zone the time zone id, e.g. {@code Europe/Berlin}
 */
public record Moment(Instant utc, String local, String zone) {

  public Moment {
    Objects.requireNonNull(utc, "utc");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(zone, "zone");
  }

  public static Moment of(Instant utc, ZoneId zone) {
    return new Moment(utc, utc.atZone(zone).toOffsetDateTime().toString(), zone.getId());
  }
}
