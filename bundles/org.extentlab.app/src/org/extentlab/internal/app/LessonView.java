package org.extentlab.internal.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.part.ViewPart;
import org.extentlab.internal.ui.Presentation;
import org.extentlab.internal.ui.TransportHandler;
import org.extentlab.kernel.sim.Lesson;
import org.extentlab.ui.SimulationSession;

/**
 * The Lesson view: a lesson's script with its comments as prose, the step the other views now show
 * highlighted, its narration below, and Back / Next / Restart; a click on a line of the script goes to
 * the moment after it. A lesson opens at its first step, on the open volume when its format fits, else
 * on the image it names (help/lessons.md).
 */
public class LessonView extends ViewPart {
    public static final String ID = "org.extentlab.app.views.lesson";

    private final Runnable listener = this::refresh;
    private final Runnable zoomed = this::zoomed;
    private List<Lessons.Entry> entries = List.of();
    private Combo chooser;
    private StyledText script;
    private Label position;
    private org.eclipse.swt.widgets.Text narration;
    /** The next step's line. */
    private Label upcoming;
    private Button back;
    private Button next;
    private Button restart;
    private Font code;
    private Color highlight;
    private Color proseColour;
    /** The lesson shown, or null, and the file it came from. */
    private Lesson lesson;
    private Lessons.Entry entry;
    /** For each line of {@link #script}, the lesson line it shows. */
    private final List<Lesson.Line> shown = new ArrayList<>();
    /** What the view says while the lesson's image opens, or null. */
    private String opening;

    @Override
    public void createPartControl(Composite parent) {
        Display display = parent.getDisplay();
        code = Presentation.font(JFaceResources.getTextFont());
        highlight = new Color(display, 255, 236, 150);
        proseColour = new Color(display, 40, 40, 40);
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        top.setLayout(new GridLayout(3, false));
        new Label(top, SWT.NONE).setText(Messages.Lesson_Choose);
        chooser = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chooser.setVisibleItemCount(20);
        chooser.addListener(SWT.Selection, e -> {
            int index = chooser.getSelectionIndex();
            if (index >= 0 && index < entries.size()) {
                open(entries.get(index));
            }
        });
        Button file = new Button(top, SWT.PUSH);
        file.setText(Messages.Lesson_OpenFile);
        file.setToolTipText(Messages.Lesson_OpenFileTip);
        file.addListener(SWT.Selection, e -> {
            org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(),
                    SWT.OPEN);
            dialog.setText(Messages.Lesson_OpenFileTip);
            dialog.setFilterExtensions(new String[] { "*.txt", "*" });
            String chosen = dialog.open();
            if (chosen != null) {
                chooser.deselectAll();
                open(Lessons.read(java.nio.file.Path.of(chosen)));
            }
        });
        script = new StyledText(parent, SWT.BORDER | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
        script.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        script.setCaret(null);
        script.setMargins(6, 4, 6, 4);
        script.addListener(SWT.MouseUp, e -> clicked(e.x, e.y));
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout row = new GridLayout(3, false);
        row.marginWidth = 0;
        buttons.setLayout(row);
        back = button(buttons, Messages.Lesson_Back, () -> SimulationSession.getDefault().stepBack(display, errors()));
        next = button(buttons, Messages.Lesson_Next, () -> SimulationSession.getDefault().step(display, errors()));
        restart = button(buttons, Messages.Lesson_Restart, this::restart);
        position = new Label(parent, SWT.NONE);
        position.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        narration = new org.eclipse.swt.widgets.Text(parent, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI | SWT.V_SCROLL);
        narration.setBackground(parent.getBackground());
        GridData words = wrapping();
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(narration);
        words.heightHint = 4 * gc.getFontMetrics().getHeight();
        gc.dispose();
        narration.setLayoutData(words);
        upcoming = new Label(parent, SWT.NONE);
        upcoming.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SimulationSession.getDefault().addListener(listener);
        try {
            entries = Lessons.all();
        } catch (IOException e) {
            script.setText(e.getMessage());
        }
        for (Lessons.Entry entry : entries) {
            chooser.add(entry.title());
        }
        Presentation.apply(parent);
        upcoming.setFont(code); // scaled already: after apply, which would scale it again
        Presentation.addListener(zoomed);
        org.extentlab.internal.ui.HelpContexts.set(parent, getSite().getId()); // F1: this view's help
        refresh();
    }

    /** A new zoom level: the script's code lines take the scaled fixed-width font too. */
    private void zoomed() {
        if (script == null || script.isDisposed()) {
            return;
        }
        code = Presentation.font(JFaceResources.getTextFont());
        upcoming.setFont(code);
        if (lesson != null) {
            show();
        }
        refresh();
    }

    private static GridData wrapping() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200;
        return data;
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private java.util.function.Consumer<String> errors() {
        Shell shell = getSite().getShell();
        return TransportHandler.errors(shell, shell.getDisplay(), Messages.Lesson_ErrorTitle);
    }

    /** The lessons listed in the chooser, in its order. */
    public List<Lessons.Entry> entries() {
        return entries;
    }

    /** The lesson shown, or null. */
    public Lesson lesson() {
        return lesson;
    }

    /**
     * Opens {@code entry} at its first step: on the running simulation's image when the lesson's format
     * fits it, else on the image the lesson names (opened first). Returns the last job it scheduled, or
     * null when nothing could start.
     */
    public Job open(Lessons.Entry entry) {
        this.entry = entry;
        int index = -1;
        for (int i = 0; i < entries.size(); i++) {
            index = entries.get(i).file().equals(entry.file()) ? i : index;
        }
        if (index >= 0 && chooser.getSelectionIndex() != index) {
            chooser.select(index);
        }
        if (entry.lesson() == null) {
            lesson = null;
            shown.clear();
            script.setText(NLS.bind(Messages.Lesson_Unreadable, entry.file().getFileName(), entry.error()));
            refresh();
            return null;
        }
        lesson = entry.lesson();
        show();
        Display display = script.getDisplay();
        SimulationSession session = SimulationSession.getDefault();
        org.extentlab.kernel.sim.Inspection.Snapshot present = session.snapshot();
        String format = present == null ? null : present.format();
        if (format != null && lesson.fits(format)) {
            // The lesson runs on the volume open when it holds every path the lesson uses without making
            // it (the sample's files a lesson reads); otherwise on its own image.
            Lesson wanted = lesson;
            List<String> paths = lesson.pathsItFinds();
            Job asked = session.ask(lesson.title(), false,
                    (inspection, monitor) -> paths.stream().allMatch(inspection::exists), display, held -> {
                        if (!script.isDisposed() && lesson == wanted) {
                            if (held) {
                                session.beginLesson(wanted.scenario(), display, errors());
                            } else {
                                openOwnImage(entry, format);
                            }
                        }
                    });
            if (asked != null) {
                return asked;
            }
        }
        return openOwnImage(entry, format);
    }

    /** Opens the lesson's own image ({@code format}: the volume open now, or null) and begins it there. */
    private Job openOwnImage(Lessons.Entry entry, String format) {
        Display display = script.getDisplay();
        if (lesson.image() == null) {
            opening = NLS.bind(Messages.Lesson_NoFit, lesson.format(), format == null ? Messages.Lesson_NoVolume : format);
            refresh();
            return null;
        }
        java.nio.file.Path image = entry.file().resolveSibling(lesson.image());
        opening = NLS.bind(Messages.Lesson_Opening, image.getFileName(), lesson.format());
        refresh();
        Lesson wanted = lesson;
        // Once the image's simulation start is scheduled, the lesson's start is queued behind it (the
        // session's jobs run one at a time).
        return ImageOpener.open(image, ImageOpener.FIRST_READABLE, display, getSite().getShell(), true, () -> {
            if (!script.isDisposed() && lesson == wanted) {
                SimulationSession.getDefault().beginLesson(wanted.scenario(), display, errors());
            }
        });
    }

    private void restart() {
        if (entry != null) {
            open(entry);
        }
    }

    /**
     * Shows the lesson: its title, what it teaches, its format and source, then the script with its
     * comments as prose (no step highlighted yet).
     */
    private void show() {
        shown.clear();
        StringBuilder text = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        String about = NLS.bind(Messages.Lesson_Header, new Object[] { lesson.teaches(), lesson.format(),
                lesson.source() }) + (lesson.findings() > 0 ? " " + NLS.bind(Messages.Lesson_Findings, lesson.findings())
                        : "");
        List<String> top = new ArrayList<>(List.of(lesson.title()));
        top.addAll(List.of(about.split("\n")));
        top.add("");
        for (String line : top) {
            int start = text.length();
            text.append(line).append('\n');
            shown.add(null);
            if (start == 0) {
                styles.add(new StyleRange(start, line.length(), null, null, SWT.BOLD));
            }
        }
        boolean blank = true;
        for (Lesson.Line line : lesson.lines()) {
            if (line.kind() == Lesson.Kind.HEADER || (line.kind() == Lesson.Kind.BLANK && blank)) {
                continue;
            }
            blank = line.kind() == Lesson.Kind.BLANK;
            int start = text.length();
            String content = switch (line.kind()) {
            case PROSE -> line.text().strip().substring(1).strip();
            case BLANK -> "";
            default -> line.text();
            };
            text.append(content).append('\n');
            shown.add(line);
            if (line.kind() == Lesson.Kind.STEP || line.kind() == Lesson.Kind.SETTING) {
                StyleRange style = new StyleRange();
                style.start = start;
                style.length = content.length();
                style.font = code;
                styles.add(style);
            } else if (line.kind() == Lesson.Kind.PROSE) {
                styles.add(new StyleRange(start, content.length(), proseColour, null, SWT.ITALIC));
            }
        }
        script.setText(text.toString());
        script.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    /** The user clicked the script at (x, y): go to the moment after the step on that line. */
    private void clicked(int x, int y) {
        if (lesson == null || SimulationSession.getDefault().lesson() != lesson.scenario()) {
            return;
        }
        int line = script.getLineIndex(y);
        if (line < 0 || line >= shown.size()) {
            return;
        }
        int step = shown.get(line) == null ? -1 : shown.get(line).step();
        if (step >= 0) {
            goToStep(step + 1);
        }
    }

    /** Brings the simulation to {@code steps} steps of the lesson run (what a click on a line does). */
    public Job goToStep(int steps) {
        return SimulationSession.getDefault().goTo(steps, script.getDisplay(), errors());
    }

    /** The step whose lines are highlighted (the last one run), or -1. */
    public int highlighted() {
        return highlightedStep;
    }

    private int highlightedStep = -1;

    private void refresh() {
        if (script == null || script.isDisposed()) {
            return;
        }
        SimulationSession session = SimulationSession.getDefault();
        if (opening != null && !(ImageSession.getDefault().state() instanceof ImageState.Opening)) {
            opening = null; // the image opened (the lesson's start follows) or failed to (a dialog said why)
        }
        boolean ours = lesson != null && session.lesson() == lesson.scenario();
        int[] at = session.position();
        boolean busy = session.busy();
        int steps = lesson == null ? 0 : lesson.scenario().steps().size();
        int done = ours ? at[0] : 0;
        highlightedStep = ours ? done - 1 : -1;
        script.setLineBackground(0, script.getLineCount(), null);
        int first = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (ours && shown.get(i) != null && shown.get(i).step() == highlightedStep && highlightedStep >= 0) {
                script.setLineBackground(i, 1, highlight);
                first = first < 0 ? i : first;
            }
        }
        if (first >= 0) {
            int visible = Math.max(1, script.getClientArea().height / Math.max(1, script.getLineHeight()));
            script.setTopIndex(Math.max(0, first - visible / 3));
        }
        upcoming.setText("");
        if (lesson == null) {
            position.setText(entries.isEmpty() ? "" : Messages.Lesson_PickOne);
            narration.setText("");
        } else if (opening != null) {
            position.setText(opening);
            narration.setText(lesson.introduction());
        } else if (!ours) {
            position.setText(busy ? Messages.Lesson_Starting : Messages.Lesson_NotActive);
            narration.setText(lesson.introduction());
        } else {
            String nextLine = done < steps ? describe(done) : Messages.Lesson_End;
            position.setText(NLS.bind(Messages.Lesson_Position, done, steps));
            upcoming.setText(NLS.bind(Messages.Lesson_NextLine, nextLine));
            narration.setText(done == 0 ? lesson.introduction() : lesson.narration(done - 1));
        }
        back.setEnabled(ours && !busy && done > 0);
        next.setEnabled(ours && !busy && done < steps);
        restart.setEnabled(lesson != null && !busy);
        narration.getParent().layout(new org.eclipse.swt.widgets.Control[] { position, narration, upcoming });
    }

    /** Step {@code index} of the lesson as written (its first line). */
    private String describe(int index) {
        for (Lesson.Line line : lesson.lines()) {
            if (line.step() == index) {
                String text = line.text().strip();
                int hash = text.indexOf(" #");
                return hash > 0 ? text.substring(0, hash).strip() : text;
            }
        }
        return "";
    }

    /** The lines of the script as the view shows them (for tests and exports). */
    public String scriptText() {
        return script.getText();
    }

    /** What the narration under the script says now. */
    public String narrationText() {
        return narration.getText();
    }

    /** What the position line says now, and the next step's line under the narration. */
    public String positionText() {
        return position.getText() + (upcoming.getText().isEmpty() ? "" : " " + upcoming.getText());
    }

    @Override
    public void setFocus() {
        script.setFocus();
    }

    @Override
    public void dispose() {
        SimulationSession.getDefault().removeListener(listener);
        Presentation.removeListener(zoomed);
        if (highlight != null) {
            highlight.dispose();
            proseColour.dispose();
        }
        super.dispose();
    }
}
