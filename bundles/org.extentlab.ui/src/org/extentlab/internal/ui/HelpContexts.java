package org.extentlab.internal.ui;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * F1 on a view, a dialog or a preference page: the Eclipse Help context that says what it is, from
 * org.extentlab.doc's help/contexts.xml. A context's id is the part's or dialog's id without
 * "org.extentlab.", its dots made "_" ({@code org.extentlab.ui.views.map} is
 * {@code org.extentlab.doc.ui_views_map}), since a context id in that file may not hold a dot.
 */
public final class HelpContexts {
    private HelpContexts() {
    }

    /** The help context id of the view, dialog or page {@code id}. */
    public static String of(String id) {
        return DocBundle.NAME + "." + id.replaceFirst("^org\\.extentlab\\.", "").replace('.', '_');
    }

    /** Gives {@code control} (and what it holds) the help of the view, dialog or page {@code id}. */
    public static void set(Control control, String id) {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getHelpSystem().setHelp(control, of(id));
        }
    }
}
