package org.objectionhelper.profile;

/** How a person fills a field: pick from a list, type text, or choose files to upload. */
public enum FieldType {
  SELECT,
  TEXT,
  TEXTAREA,
  FILE
}
