package org.extentlab.internal.app;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.extentlab.images.LoadedVolume;
import org.extentlab.kernel.sim.Exercises;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioException;
import org.extentlab.ui.SimulationSession;

/**
 * The Exercise view: questions drawn from a seed on the open image (as the headless exercise command
 * draws them), one at a time; the student types an answer and Check says whether it is right without
 * giving it away; Show Answer gives the simulator's answer, and Run It loads the question's script as
 * steps, so the truth can be watched step by step in the other views.
 */
public class ExerciseView extends ViewPart {
    public static final String ID = "org.extentlab.app.views.exercise";

    private Spinner seed;
    private Spinner count;
    private Combo chooser;
    private Label question;
    private Text answer;
    private Label verdict;
    private Label score;
    private Button check;
    private Button reveal;
    private Button runIt;
    private List<Exercises.Question> questions = List.of();
    /** Per question: null not tried, TRUE right, FALSE wrong so far. */
    private final List<Boolean> results = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        top.setLayout(new GridLayout(5, false));
        new Label(top, SWT.NONE).setText(Messages.Exercise_Seed);
        seed = new Spinner(top, SWT.BORDER);
        seed.setValues(1, 0, 999_999, 0, 1, 10);
        new Label(top, SWT.NONE).setText(Messages.Exercise_Count);
        count = new Spinner(top, SWT.BORDER);
        count.setValues(6, 1, 30, 0, 1, 5);
        Button draw = new Button(top, SWT.PUSH);
        draw.setText(Messages.Exercise_Draw);
        draw.addListener(SWT.Selection, e -> draw(seed.getSelection(), count.getSelection()));
        chooser = new Combo(parent, SWT.READ_ONLY);
        chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chooser.addListener(SWT.Selection, e -> show());
        question = new Label(parent, SWT.WRAP);
        GridData words = new GridData(SWT.FILL, SWT.TOP, true, false);
        words.widthHint = 200;
        question.setLayoutData(words);
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        row.setLayout(new GridLayout(4, false));
        answer = new Text(row, SWT.BORDER | SWT.SINGLE);
        answer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        answer.setMessage(Messages.Exercise_AnswerHint);
        answer.addListener(SWT.DefaultSelection, e -> check());
        check = button(row, Messages.Exercise_Check, this::check);
        reveal = button(row, Messages.Exercise_Reveal, this::reveal);
        runIt = button(row, Messages.Exercise_RunIt, this::runIt);
        runIt.setToolTipText(Messages.Exercise_RunItTip);
        verdict = new Label(parent, SWT.WRAP);
        verdict.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        score = new Label(parent, SWT.NONE);
        score.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        question.setText(Messages.Exercise_None);
        org.extentlab.internal.ui.Presentation.apply(parent);
        org.extentlab.internal.ui.HelpContexts.set(parent, getSite().getId()); // F1: this view's help
        refresh();
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /**
     * Draws {@code many} questions from {@code fromSeed} on the open image, in a job (each question runs
     * its script); returns the job, or null without an image to draw from.
     */
    public Job draw(int fromSeed, int many) {
        SimulationSession session = SimulationSession.getDefault();
        java.nio.file.Path image = session.simulatedImage();
        LoadedVolume volume = ImageSession.getDefault().state() instanceof ImageState.Opened opened ? opened.volume() : null;
        if (image == null || volume == null) {
            verdict.setText(Messages.Exercise_NoImage);
            return null;
        }
        seed.setSelection(fromSeed);
        count.setSelection(many);
        verdict.setText(Messages.Exercise_Drawing);
        Display display = question.getDisplay();
        Job job = Job.create(Messages.Exercise_Drawing, monitor -> {
            try {
                List<Exercises.Question> drawn = Exercises.generate(image, volume, fromSeed, many);
                display.asyncExec(() -> shown(drawn));
            } catch (java.io.IOException | RuntimeException e) {
                display.asyncExec(() -> {
                    if (!verdict.isDisposed()) {
                        verdict.setText(NLS.bind(Messages.Exercise_Failed, e.getMessage()));
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    private void shown(List<Exercises.Question> drawn) {
        if (chooser.isDisposed()) {
            return;
        }
        questions = drawn;
        results.clear();
        chooser.removeAll();
        for (Exercises.Question q : drawn) {
            results.add(null);
            chooser.add(NLS.bind(Messages.Exercise_Item, q.number(), kindName(q.kind())));
        }
        chooser.select(0);
        verdict.setText("");
        show();
    }

    private static String kindName(Exercises.Kind kind) {
        return switch (kind) {
        case BLOCKMAP_CALLS -> Messages.Exercise_KindCalls;
        case PACKED_EXTENTS -> Messages.Exercise_KindExtents;
        case FREE_SPACE -> Messages.Exercise_KindFree;
        case ALLOCATED_UNITS -> Messages.Exercise_KindUnits;
        case OWNER -> Messages.Exercise_KindOwner;
        case WHICH_CALL -> Messages.Exercise_KindWhich;
        };
    }

    private Exercises.Question current() {
        int index = chooser.getSelectionIndex();
        return index >= 0 && index < questions.size() ? questions.get(index) : null;
    }

    private void show() {
        Exercises.Question q = current();
        question.setText(q == null ? Messages.Exercise_None : q.number() + ". " + q.text());
        answer.setText("");
        verdict.setText("");
        refresh();
        question.getParent().layout(true, true);
    }

    /** Checks the typed answer against the simulator's, saying only right or not yet. */
    public void check() {
        Exercises.Question q = current();
        if (q == null || answer.getText().isBlank()) {
            return;
        }
        boolean right = Exercises.matches(q, answer.getText());
        int index = chooser.getSelectionIndex();
        if (results.get(index) == null || right) {
            results.set(index, right);
        }
        verdict.setText(right ? Messages.Exercise_Right : Messages.Exercise_NotYet);
        refresh();
    }

    /** Shows the simulator's answer (the question then counts as not answered right, unless it was). */
    public void reveal() {
        Exercises.Question q = current();
        if (q == null) {
            return;
        }
        int index = chooser.getSelectionIndex();
        if (results.get(index) == null) {
            results.set(index, false);
        }
        verdict.setText(NLS.bind(Messages.Exercise_Answer, q.answer()));
        refresh();
    }

    /** Loads the question's script as steps at their start, to step through what the simulator did. */
    public Job runIt() {
        Exercises.Question q = current();
        if (q == null || q.script().isBlank()) {
            return null;
        }
        try {
            Scenario script = Scenario.parse("exercise " + q.number(), q.script());
            verdict.setText(Messages.Exercise_Running);
            return SimulationSession.getDefault().beginLesson(script, question.getDisplay(),
                    org.extentlab.internal.ui.TransportHandler.errors(getSite().getShell(), question.getDisplay(),
                            Messages.Exercise_Title));
        } catch (ScenarioException e) {
            verdict.setText(e.getMessage());
            return null;
        }
    }

    private void refresh() {
        Exercises.Question q = current();
        check.setEnabled(q != null);
        reveal.setEnabled(q != null);
        runIt.setEnabled(q != null && !q.script().isBlank());
        long right = results.stream().filter(Boolean.TRUE::equals).count();
        long tried = results.stream().filter(r -> r != null).count();
        score.setText(questions.isEmpty() ? "" : NLS.bind(Messages.Exercise_Score, new Object[] { right, tried,
                questions.size() }));
    }

    /** The questions shown (for tests). */
    public List<Exercises.Question> questions() {
        return questions;
    }

    /** Chooses question {@code number} and types {@code text} as its answer (for tests). */
    public void answer(int number, String text) {
        chooser.select(number - 1);
        show();
        answer.setText(text);
    }

    /** What the verdict line says now. */
    public String verdictText() {
        return verdict.getText();
    }

    /** What the score line says now. */
    public String scoreText() {
        return score.getText();
    }

    @Override
    public void setFocus() {
        answer.setFocus();
    }
}
