package org.objectionhelper.profile;

/** How a person fills a field: pick from a list, or type text. */
public enum FieldType {
  SELECT,
  TEXT,
  TEXTAREA
}
