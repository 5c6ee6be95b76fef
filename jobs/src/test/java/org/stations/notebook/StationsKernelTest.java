package org.stations.notebook;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cell's evaluation, without Jupyter: its value, and the errors that make nbconvert (and bin/notebooks) fail. */
class StationsKernelTest {
    static StationsKernel kernel;

    @BeforeAll
    static void start() { kernel = new StationsKernel.Builder().name("test").version("1").build(); }

    @AfterAll
    static void stop() { kernel.onShutdown(false); }

    @Test
    void aCellOfSeveralSnippetsGivesItsLastValue() {
        assertEquals("42", kernel.evalRaw("int x = 2;\nint y = x * 21;\ny"));
        assertNull(kernel.evalRaw("int z = 1;"));
        // the stations classes are on the snippets' class path, Chinese intact
        assertEquals("\"党建\"", kernel.evalRaw("org.stations.model.Codes.theme(\"party_building\")"));
    }

    @Test
    void aCellThatDoesNotCompileOrThrowsIsAnError() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> kernel.evalRaw("int w = \"text\";"));
        assertTrue(bad.getMessage().startsWith("does not compile"), bad.getMessage());
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> kernel.evalRaw("if (true) throw new IllegalStateException(\"no lake\");"));
        assertTrue(thrown.getMessage().contains("IllegalStateException") && thrown.getMessage().contains("no lake"),
                thrown.getMessage());
    }
}
