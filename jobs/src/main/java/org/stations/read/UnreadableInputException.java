package org.stations.read;

/** A file that cannot become report text; the message is the one-line reason that goes to quarantine. */
public class UnreadableInputException extends Exception {
    public UnreadableInputException(String reason) { super(reason); }
    public UnreadableInputException(String reason, Throwable cause) { super(reason, cause); }
}
