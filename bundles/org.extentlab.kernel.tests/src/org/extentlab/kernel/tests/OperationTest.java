package org.extentlab.kernel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.extentlab.kernel.Errno;
import org.extentlab.kernel.Flags;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Operation;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vocabulary of operations: each script line parses to one typed operation with its numbers
 * read, and writes back as a line that parses to an equal one.
 */
class OperationTest {
    private static Operation parse(String line) throws ScenarioException {
        List<Scenario.Step> steps = Scenario.parse("line", line).steps();
        assertEquals(1, steps.size(), line);
        return steps.get(0).operation();
    }

    @ParameterizedTest
    @ValueSource(strings = { "mkdir /d", "create /a", "create /a 4096", "open /a", "write /a 0 100",
            "write \"/with space\" 4096 1048576 fill 0x41", "write /a 10 5 text \"hi there\"", "write /a 0 3 from /tmp/h",
            "write /a 0 3 from /tmp/h 7", "read /a 1073741824 512", "import /tmp/host.bin /copy", "export /a /tmp/out.bin",
            "preallocate /a 1048576", "preallocate /a 1048576 all", "preallocate /a 1048576 contiguous", "preallocate /a 2097152 all contiguous",
            "truncate /a 0", "delete /a", "rename /a /b", "log2phys /a 8192", "fsync /a", "close /a", "inhibit /a on",
            "inhibit /a off", "check", "verify", "random 100", "random 100 files 3", "random 100 max-size 65536",
            "packer-capacity 4", "switch keep-stale-mappings on", "fault blockmap EIO", "fault complete-io ENOSPC" })
    void everyLineWritesBackAsItself(String line) throws ScenarioException {
        Operation operation = parse(line);
        assertEquals(line, operation.toScript());
        assertEquals(operation, parse(operation.toScript()));
    }

    @Test
    void otherSpellingsOfTheSameOperationWriteBackInOneForm() throws ScenarioException {
        assertEquals("write /a 4096 4097 fill 0x41", parse("write /a 0x1000 4097 fill A").toScript());
        assertEquals("write /a 0 1 fill 0xFF", parse("write /a 0 1 fill 255").toScript());
        assertEquals("create /a", parse("create /a 0").toScript());
        assertEquals("read /a 1048576 4096", parse("read /a 1M 4K").toScript());
        assertEquals("preallocate /a 1048576 all contiguous", parse("preallocate /a 1M contiguous all").toScript());
        assertEquals("fault blockmap EIO", parse("fault blockmap").toScript());
        assertEquals("random 5", parse("random 5 files 12 max-size 256K").toScript());
    }

    @Test
    void numbersAreReadOnceIntoTheRecord() throws ScenarioException {
        Operation.Write write = assertInstanceOf(Operation.Write.class, parse("write /a 4K 1M fill 0x41"));
        assertEquals(new Operation.Write("/a", 4096, 1 << 20, new Operation.Fill((byte) 0x41)), write);
        Operation.Preallocate preallocate = assertInstanceOf(Operation.Preallocate.class, parse("preallocate /a 2M all"));
        assertEquals(Flags.ALL, preallocate.flags());
        assertEquals(2 << 20, preallocate.length());
        assertEquals(new Operation.SetSwitch(KernelSettings.Switch.CLIP_TO_REQUEST, true), parse("switch clip-to-request on"));
        assertEquals(new Operation.Fault(KernelSettings.FaultSite.DEVICE_READ, Errno.EIO), parse("fault device-read"));
        assertEquals(new Operation.Random(9, 1, 1), parse("random 9 files 0 max-size 0"));
        assertEquals("/a", parse("truncate /a 5").path());
        assertEquals(null, parse("check").path());
    }

    @Test
    void aParallelBlockWritesBackAsABlockWithItsExpectations() throws ScenarioException {
        String block = "parallel\n  write /a 0 4096\n  read /b 0 512 expect EIO\nend";
        Scenario.Step step = Scenario.parse("block", block).steps().get(0);
        Operation.Parallel parallel = assertInstanceOf(Operation.Parallel.class, step.operation());
        assertEquals(2, parallel.steps().size());
        assertEquals("EIO", parallel.steps().get(1).expect());
        assertEquals(block, step.toScript());
        assertEquals(step.operation(), Scenario.parse("again", step.toScript()).steps().get(0).operation());
    }

    @Test
    void namesWithSpacesOrAHashAreQuoted() throws ScenarioException {
        Operation rename = new Operation.Rename("/a b", "/c#d");
        assertEquals("rename \"/a b\" \"/c#d\"", rename.toScript());
        assertEquals(rename, parse(rename.toScript()));
    }

    @Test
    void wrongArgumentsSayWhatIsWrongAndWhere() {
        assertMessage("write /a zero 4", "line:1: 'zero' is not a size");
        assertMessage("read /a 0 3G", "line:1: one read moves at most 2 GiB");
        assertMessage("preallocate /a 1M fast", "preallocate flags are 'all' and 'contiguous', not 'fast'");
        assertMessage("inhibit /a maybe", "write on or off, not 'maybe'");
        assertMessage("switch no-such on", "unknown switch 'no-such'");
        assertMessage("fault blockmap EWHAT", "unknown error 'EWHAT'");
        assertMessage("packer-capacity 0", "the packer holds at least one extent");
        assertMessage("random 3 files", "write: random COUNT [files N] [max-size SIZE]");
        assertMessage("create relative", "'relative' is not a path of a file in the volume");
        assertMessage("write /a 0 4 fill 300", "fill takes one byte (0-255)");
        assertMessage("write /a 0 4 paint 3", "after the length write fill BYTE");
        assertMessage("truncate /a 99999999999999999G", "is not a size");
        assertMessage("frobnicate /a", "unknown operation 'frobnicate'");
        assertMessage("mkdir /a /b", "mkdir takes 1 arguments, not 2");
    }

    private static void assertMessage(String line, String expected) {
        ScenarioException error = assertThrows(ScenarioException.class, () -> Scenario.parse("line", line));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
