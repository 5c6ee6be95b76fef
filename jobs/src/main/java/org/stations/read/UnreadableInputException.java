package org.stations.read;

/** A file that cannot become report text; the message is the one-line reason that goes to quarantine. */
public class UnreadableInputException extends Exception {
    /** Longest reason kept: a library's message can run to pages, the quarantine table wants a line. */
    static final int MAX_REASON_CHARS = 300;

    public UnreadableInputException(String reason) { super(oneLine(reason)); }
    public UnreadableInputException(String reason, Throwable cause) { super(oneLine(reason), cause); }

    /**
     * "what: why" from a library's failure, "why" being the innermost cause's message: outer exceptions wrap it
     * as "org.apache.Foo: message", which tells a user nothing more.
     */
    static UnreadableInputException wrapping(String what, Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) innermost = innermost.getCause();
        String why = innermost.getMessage();
        if (why == null || why.isBlank()) why = innermost.getClass().getSimpleName();
        return new UnreadableInputException(what + ": " + why, failure);
    }

    /** Reasons often embed a library's message; whatever it holds, the reason stays one short line. */
    static String oneLine(String reason) {
        String s = reason == null ? "unreadable input" : reason.replaceAll("\\s+", " ").strip();
        return s.length() <= MAX_REASON_CHARS ? s : s.substring(0, MAX_REASON_CHARS - 1) + "…";
    }
}
