package org.objectionhelper.a11y;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What one axe-core run found, one {@link Finding} per rule and element. */
public record AxeFindings(List<Finding> findings) {
  private static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

  public List<Finding> blocking() {
    return findings.stream().filter(Finding::blocking).toList();
  }

  /** How many findings of each impact, most severe first: the figures for a closing note. */
  public Map<String, Long> byImpact() {
    Map<String, Long> counts = new LinkedHashMap<>();
    IMPACTS.forEach(impact -> counts.put(impact, 0L));
    findings.forEach(finding -> counts.merge(finding.impact(), 1L, Long::sum));
    return counts;
  }

  /** For example "critical 0, serious 1, moderate 0, minor 0". */
  public String summary() {
    return byImpact().entrySet().stream()
        .map(count -> count.getKey() + " " + count.getValue())
        .collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return summary()
        + findings.stream().map(finding -> "\n  " + finding).collect(Collectors.joining());
  }
}
