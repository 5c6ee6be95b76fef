package org.stations.generate;

/**
 * A self-contradiction planted in a report, at the rate real reports have them, recorded in the truth so
 * a test can check the extractor flags it.
 *
 * @param type   area_sum | stated_twice | percent_mismatch | grade_mismatch
 * @param field  what it concerns: an indicator code, social_workers, total_score or grade
 * @param area   the 片区 whose row does not add up (area_sum), else null
 * @param stated the value as printed (first statement for stated_twice)
 * @param other  the consistent value (second statement for stated_twice)
 */
public record Contradiction(String type, String field, String area, String stated, String other) {}
