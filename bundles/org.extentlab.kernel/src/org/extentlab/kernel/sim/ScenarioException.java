package org.extentlab.kernel.sim;

/** A script that cannot be run as written: says where (line) and what. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    public ScenarioException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
