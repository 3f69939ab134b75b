package org.extentlab.internal.ui;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.extentlab.kernel.sim.TraceEvent;

/**
 * An item (file or directory, by its module id) selected in one view, for the others to highlight. A
 * Protocol Trace row selects the item its call is about, a unit on the Volume Map the item holding it.
 */
public record SelectedItem(long id) {

    /** The item {@code selection} is about; null when it names none. */
    public static SelectedItem of(ISelection selection) {
        if (selection instanceof IStructuredSelection structured) {
            Object first = structured.getFirstElement();
            if (first instanceof SelectedItem item) {
                return item;
            }
            if (first instanceof SelectedUnit unit && unit.owner() > 0) {
                return new SelectedItem(unit.owner());
            }
            if (first instanceof TraceEvent event && event.item() > 0) {
                return new SelectedItem(event.item());
            }
        }
        return null;
    }
}
