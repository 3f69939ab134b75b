package org.extentlab.internal.app;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.extentlab.images.ByteSizes;
import org.extentlab.images.PartitionContent;

/**
 * Lists the partitions of a partitioned image, with what each one holds, and lets the user pick the
 * one to open; the first readable one is selected to begin with. Double-click opens.
 */
public final class PartitionDialog extends TitleAreaDialog {
    private final String fileName;
    private final List<PartitionContent> partitions;
    private TableViewer viewer;
    private int chosen;

    public PartitionDialog(Shell parent, String fileName, List<PartitionContent> partitions) {
        super(parent);
        this.fileName = fileName;
        this.partitions = List.copyOf(partitions);
    }

    /** The 1-based partition number the user chose; valid after OK. */
    public int chosen() {
        return chosen;
    }

    /** The table, for tests. */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        org.extentlab.internal.ui.HelpContexts.set(shell, "org.extentlab.app.dialogs.partition"); // F1: this dialog's help
        shell.setText(Messages.Partition_ShellTitle);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.Partition_Title, fileName));
        setMessage(Messages.Partition_Message);
        viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(900, 160).applyTo(viewer.getControl());
        column(Messages.Partition_Number, 36, p -> Integer.toString(p.partition().index()));
        column(Messages.Partition_Contents, 390, p -> p.contents().summary());
        column(Messages.Partition_Start, 90, p -> ByteSizes.brief(p.partition().startOffset()));
        column(Messages.Partition_Size, 80, p -> ByteSizes.brief(p.partition().length()));
        column(Messages.Partition_Type, 290, p -> p.partition().type());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(partitions);
        partitions.stream().filter(PartitionContent::isReadable).findFirst()
                .or(() -> partitions.stream().findFirst())
                .ifPresent(p -> viewer.setSelection(new StructuredSelection(p), true));
        viewer.addDoubleClickListener(e -> okPressed());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Partition_Open, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (selection.getFirstElement() instanceof PartitionContent picked) {
            chosen = picked.partition().index();
            super.okPressed();
        }
    }

    private void column(String title, int width, java.util.function.Function<PartitionContent, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((PartitionContent) element);
            }
        });
    }
}
