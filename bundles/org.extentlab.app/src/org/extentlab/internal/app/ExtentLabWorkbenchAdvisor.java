package org.extentlab.internal.app;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.extentlab.ui.SimulationSession;

/** Starts the workbench in the Extent Lab perspective and opens the image named at launch. */
public class ExtentLabWorkbenchAdvisor extends WorkbenchAdvisor {
    private final LaunchArguments arguments;

    public ExtentLabWorkbenchAdvisor(LaunchArguments arguments) {
        this.arguments = arguments;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ExtentLabPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new ExtentLabWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window == null ? null : window.getShell();
        Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
        for (String problem : arguments.problems()) {
            System.err.println(NLS.bind(Messages.Launch_Problem, problem));
        }
        org.extentlab.internal.ui.SimulationPreferences.apply(display, message -> System.err.println(message));
        if (arguments.image().isPresent()) {
            ImageOpener.open(arguments.image().get(), arguments.partition(), display, shell, true);
        } else if (arguments.openSample()) {
            OpenSampleImageHandler.openSample(display, shell);
        }
        arguments.scenario().ifPresent(script -> runWhenReady(script, display));
        arguments.lesson().ifPresent(name -> openLesson(name, arguments.image().isPresent(), window, display));
    }

    /**
     * Opens the lesson {@code name} in the Lesson view once the image named at launch (if any) has a
     * simulation: on it when its format fits, else on the lesson's own image.
     */
    private static void openLesson(String name, boolean imageNamed, org.eclipse.ui.IWorkbenchWindow window,
            Display display) {
        org.eclipse.core.runtime.jobs.Job wait = org.eclipse.core.runtime.jobs.Job.create(Messages.Simulation_Waiting,
                monitor -> {
                    try {
                        // The named image first: its simulation decides whether the lesson fits it.
                        long until = System.nanoTime() + 60_000_000_000L;
                        while (imageNamed && SimulationSession.getDefault().simulation() == null
                                && !(ImageSession.getDefault().state() instanceof ImageState.Failed)
                                && System.nanoTime() < until && !monitor.isCanceled()) {
                            Thread.sleep(100);
                        }
                        org.eclipse.core.runtime.jobs.Job.getJobManager().join(SimulationSession.FAMILY, monitor);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    display.asyncExec(() -> {
                        try {
                            Lessons.Entry entry = Lessons.named(name);
                            if (entry == null) {
                                System.err.println(NLS.bind(Messages.Launch_Problem,
                                        NLS.bind(Messages.Lesson_NoSuchLesson, name)));
                                return;
                            }
                            LessonView view = (LessonView) window.getActivePage().showView(LessonView.ID);
                            view.open(entry);
                        } catch (java.io.IOException | org.eclipse.ui.PartInitException e) {
                            System.err.println(NLS.bind(Messages.Launch_Problem, e.getMessage()));
                        }
                    });
                });
        wait.setSystem(true);
        wait.schedule();
    }

    /** Runs {@code script} once the image named at launch has a simulation (giving up after a minute). */
    private static void runWhenReady(java.nio.file.Path script, Display display) {
        org.eclipse.core.runtime.jobs.Job wait = org.eclipse.core.runtime.jobs.Job.create(Messages.Simulation_Waiting,
                monitor -> {
                    long until = System.nanoTime() + 60_000_000_000L;
                    try {
                        while (SimulationSession.getDefault().simulation() == null && System.nanoTime() < until
                                && !monitor.isCanceled()) {
                            Thread.sleep(100);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (SimulationSession.getDefault().simulation() == null) {
                        System.err.println("extentlab: -scenario " + script + ": " + SimulationSession.getDefault().status());
                    } else {
                        SimulationSession.getDefault().run(script, display,
                                message -> System.err.println("extentlab: -scenario " + script + ": " + message));
                    }
                });
        wait.setSystem(true);
        wait.schedule();
    }
}
