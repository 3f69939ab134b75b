package org.extentlab.internal.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The application's own command-line arguments (those the Eclipse launcher passes through).
 * <ul>
 * <li>{@code -image PATH} (or a bare {@code PATH}): open that disk image at start;</li>
 * <li>{@code -partition N}: of a partitioned image, open partition N (1-based) without asking;</li>
 * <li>{@code -noimage}: open nothing;</li>
 * <li>{@code -scenario PATH}: once the image is open, run that scenario script on it;</li>
 * <li>{@code -lesson NAME}: open that shipped lesson ("02-continuations") at its first step, on the
 * image named or else on the lesson's own;</li>
 * <li>none of the three: open the sample image that ships with Extent Lab.</li>
 * </ul>
 *
 * @param image       the image to open, if one was named
 * @param partition   the partition to open, or {@link ImageOpener#ASK}
 * @param openSample  whether to open the bundled sample
 * @param scenario    the scenario script to run on the opened image, if one was named
 * @param lesson      the lesson to open, if one was named
 * @param problems    arguments that were not understood, for the user to read
 */
public record LaunchArguments(Optional<Path> image, int partition, boolean openSample, Optional<Path> scenario,
        Optional<String> lesson, List<String> problems) {

    public LaunchArguments {
        problems = List.copyOf(problems);
    }

    public static LaunchArguments parse(String[] args) {
        Path image = null;
        Path scenario = null;
        String lesson = null;
        boolean noImage = false;
        int partition = ImageOpener.ASK;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-image") || arg.equals("--image")) {
                if (i + 1 < args.length) {
                    image = Path.of(args[++i]);
                } else {
                    problems.add(arg + " needs a path");
                }
            } else if (arg.equals("-partition") || arg.equals("--partition")) {
                String number = i + 1 < args.length ? args[++i] : "";
                try {
                    partition = Integer.parseInt(number);
                } catch (NumberFormatException e) {
                    partition = -2;
                }
                if (partition < 1) {
                    problems.add(arg + " needs a partition number from 1 (got \"" + number + "\")");
                    partition = ImageOpener.ASK;
                }
            } else if (arg.equals("-scenario") || arg.equals("--scenario")) {
                if (i + 1 < args.length) {
                    scenario = Path.of(args[++i]);
                } else {
                    problems.add(arg + " needs a path");
                }
            } else if (arg.equals("-lesson") || arg.equals("--lesson")) {
                if (i + 1 < args.length) {
                    lesson = args[++i];
                } else {
                    problems.add(arg + " needs a lesson's name, such as 02-continuations");
                }
            } else if (arg.equals("-noimage") || arg.equals("--noimage")) {
                noImage = true;
            } else if (!arg.startsWith("-") && image == null) {
                image = Path.of(arg);
            } else if (!arg.startsWith("-")) {
                problems.add(arg);
            }
            // Other dash options belong to the workbench and the launcher (-clearPersistedState, ...).
        }
        Optional<Path> named = noImage ? Optional.empty() : Optional.ofNullable(image);
        // A lesson opens the image it needs itself: the sample is opened only when nothing else is asked.
        return new LaunchArguments(named, partition, !noImage && image == null && lesson == null,
                Optional.ofNullable(scenario), Optional.ofNullable(lesson), problems);
    }
}
