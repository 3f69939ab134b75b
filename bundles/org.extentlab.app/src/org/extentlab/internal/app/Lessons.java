package org.extentlab.internal.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.extentlab.kernel.sim.Lesson;
import org.extentlab.kernel.sim.ScenarioException;

/**
 * The lessons that ship with Extent Lab: the {@code lessons/} folder of org.extentlab.doc, one script
 * per lesson (help/lessons.md), their images in {@code lessons/images/}.
 */
public final class Lessons {
    /** A lesson file and what it says, or why it cannot be read. */
    public record Entry(Path file, Lesson lesson, String error) {
        public String title() {
            return lesson != null ? lesson.title() : file.getFileName().toString();
        }
    }

    private Lessons() {
    }

    /** The folder holding the lessons, as a file on disk. */
    public static Path folder() throws IOException {
        return org.extentlab.internal.ui.DocBundle.folder("lessons/");
    }

    /** Every lesson in file-name order; one that cannot be read is listed with its error. */
    public static List<Entry> all() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Path file : Lesson.list(folder())) {
            entries.add(read(file));
        }
        return entries;
    }

    /** The lesson named {@code name} ("02-continuations" or "02-continuations.txt"), or null. */
    public static Entry named(String name) throws IOException {
        String file = name.endsWith(".txt") ? name : name + ".txt";
        for (Path candidate : Lesson.list(folder())) {
            if (candidate.getFileName().toString().equals(file)) {
                return read(candidate);
            }
        }
        return null;
    }

    static Entry read(Path file) {
        try {
            return new Entry(file, Lesson.read(file), null);
        } catch (IOException | ScenarioException e) {
            return new Entry(file, null, e.getMessage());
        }
    }
}
