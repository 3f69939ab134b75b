package org.extentlab.internal.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** The Lessons menu's list: one item per shipped lesson, numbered as their files are. */
public class LessonsMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        List<Lessons.Entry> entries;
        try {
            entries = Lessons.all();
        } catch (IOException e) {
            return new IContributionItem[0];
        }
        int number = 0;
        for (Lessons.Entry entry : entries) {
            number++;
            String file = entry.file().getFileName().toString();
            CommandContributionItemParameter parameter = new CommandContributionItemParameter(
                    PlatformUI.getWorkbench(), "org.extentlab.app.menus.lesson." + file, OpenLessonHandler.COMMAND_ID,
                    SWT.PUSH);
            parameter.label = (number < 10 ? "&" + number + " " : number + " ") + entry.title().replace("&", "&&");
            parameter.parameters = Map.of(OpenLessonHandler.LESSON_PARAMETER, file);
            items.add(new CommandContributionItem(parameter));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
