package org.stations.extract;

/** Text that is readable but is not an evaluation report; the message is the quarantine reason. */
public class NotAReportException extends Exception {
    public NotAReportException(String reason) { super(reason); }
}
