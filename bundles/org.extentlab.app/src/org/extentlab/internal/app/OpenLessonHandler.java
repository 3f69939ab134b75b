package org.extentlab.internal.app;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Lessons > (a lesson): shows the Lesson view and opens the lesson named by the command's parameter
 * (a file name of the lessons folder, with or without ".txt"); without one, Lessons > Lesson View only
 * shows the view, whose chooser lists them all.
 */
public class OpenLessonHandler extends AbstractHandler {
    public static final String COMMAND_ID = "org.extentlab.app.commands.openLesson";
    public static final String LESSON_PARAMETER = "org.extentlab.app.commands.openLesson.lesson";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        String name = event.getParameter(LESSON_PARAMETER);
        try {
            LessonView view = (LessonView) window.getActivePage().showView(LessonView.ID);
            if (name == null || name.isBlank()) {
                return null;
            }
            Lessons.Entry entry = view.entries().stream()
                    .filter(e -> e.file().getFileName().toString().equals(name.endsWith(".txt") ? name : name + ".txt"))
                    .findFirst().orElse(Lessons.named(name));
            if (entry == null) {
                MessageDialog.openError(window.getShell(), Messages.Lesson_ErrorTitle,
                        org.eclipse.osgi.util.NLS.bind(Messages.Lesson_NoSuchLesson, name));
                return null;
            }
            return view.open(entry);
        } catch (PartInitException | IOException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
