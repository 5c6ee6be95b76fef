package org.stations.extract;

import java.time.LocalDate;

/** Who and what a report is about, and when: the identifying part of the report row. */
public final class ReportHeader {
    public String station;
    public String stationFull;
    public String city;
    public String district;
    public String operator;
    public String purchaser;
    public String supervisor;
    public String evaluator;
    public String reportType;
    public LocalDate evaluationDate;
    public LocalDate contractStart;
    public LocalDate contractEnd;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public Double periodMonths;
    public Double budgetWan;
    public Integer socialWorkers;
    public Integer certifiedWorkers;
    public Double satisfactionRate;
    public boolean synthetic;
    /** The sentence each field was read from, by the report table's column name. */
    public final java.util.Map<String, String> evidence = new java.util.LinkedHashMap<>();

    public static String typeLabel(String type) {
        org.stations.model.ReportType t = type == null ? null : org.stations.model.ReportType.of(type);
        return t == null ? null : t.label;
    }

    /** D of the contract's report_id: the first stated of period_end, evaluation_date, contract_end. */
    public LocalDate identifyingDate() {
        if (periodEnd != null) return periodEnd;
        if (evaluationDate != null) return evaluationDate;
        return contractEnd;
    }
}
