package org.extentlab.internal.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.extentlab.images.ByteSizes;
import org.extentlab.images.DetectedFormat;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.Partition;

/** The facts of the open disk image, one per row. */
public class ImageSummaryView extends ViewPart {
    public static final String ID = "org.extentlab.app.views.imageSummary";

    /** One row of the table. */
    public record Row(String property, String value) {
    }

    private TableViewer viewer;
    private final Consumer<ImageState> listener = this::show;

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn property = new TableViewerColumn(viewer, SWT.LEFT);
        property.getColumn().setText(Messages.Summary_Property);
        property.setLabelProvider(new PropertyLabels());
        layout.setColumnData(property.getColumn(), new ColumnWeightData(25, 120));
        TableViewerColumn value = new TableViewerColumn(viewer, SWT.LEFT);
        value.getColumn().setText(Messages.Summary_Value);
        value.setLabelProvider(new ValueLabels());
        layout.setColumnData(value.getColumn(), new ColumnWeightData(75, 200));
        getSite().setSelectionProvider(viewer);
        ImageSession.getDefault().addListener(listener);
        org.extentlab.internal.ui.Presentation.apply(parent);
        org.extentlab.internal.ui.HelpContexts.set(parent, getSite().getId()); // F1: this view's help
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ImageSession.getDefault().removeListener(listener);
        super.dispose();
    }

    /** The rows shown for {@code state}; what the table displays, for the view and its tests. */
    public static List<Row> rows(ImageState state) {
        List<Row> rows = new ArrayList<>();
        switch (state) {
        case ImageState.None none -> rows.add(new Row(Messages.Summary_Path, Messages.Status_NoImage));
        case ImageState.Opening opening -> rows.add(new Row(Messages.Summary_Path, ImageSession.describe(opening)));
        case ImageState.Failed failed -> {
            rows.add(new Row(Messages.Summary_Path, failed.path().toString()));
            rows.add(new Row(Messages.Summary_Error, failed.message()));
        }
        case ImageState.Opened opened -> {
            DetectedFormat format = opened.format();
            rows.add(new Row(Messages.Summary_Path, opened.path().toString()));
            rows.add(new Row(Messages.Summary_Size, ByteSizes.describe(format.imageSize())));
            rows.add(new Row(Messages.Summary_Format, format.format().displayName()));
            // Only a volume that was read can be simulated: a known format that did not read (a truncated
            // image) says why.
            rows.add(new Row(Messages.Summary_Supported, opened.volume() != null
                    ? opened.volume().problems().isEmpty() ? Messages.Summary_SupportedYes
                            : NLS.bind(Messages.Summary_SupportedDamaged, opened.volume().problems().size())
                    : format.format().isSupported() && !opened.readError().isEmpty()
                            ? NLS.bind(Messages.Summary_SupportedUnreadable, opened.readError())
                            : Messages.Summary_SupportedNo));
            if (format.blockSize() > 0) {
                rows.add(new Row(Messages.Summary_BlockSize, ByteSizes.describe(format.blockSize())));
                rows.add(new Row(Messages.Summary_BlockCount, Long.toString(format.blockCount())));
            }
            if (!format.label().isEmpty()) {
                rows.add(new Row(Messages.Summary_Label, format.label()));
            }
            for (Partition partition : format.partitions()) {
                rows.add(new Row(NLS.bind(Messages.Summary_Partition, partition.index()),
                        "type " + partition.type() + ", at " + ByteSizes.describe(partition.startOffset()) + ", "
                                + ByteSizes.describe(partition.length())));
            }
            if (!format.note().isEmpty()) {
                rows.add(new Row(Messages.Summary_Note, format.note()));
            }
            LoadedVolume volume = opened.volume();
            if (volume != null) {
                for (Partition partition : format.partitions()) {
                    if (partition.startOffset() == volume.volumeStart()) {
                        rows.add(new Row(Messages.Summary_Volume, NLS.bind(Messages.Summary_VolumeValue,
                                volume.format().displayName(), partition.index())));
                    }
                }
                if (volume.volumeStart() > 0) {
                    rows.add(new Row(Messages.Summary_VolumeStart, ByteSizes.describe(volume.volumeStart())));
                }
                if (!volume.features().isEmpty()) {
                    rows.add(new Row(Messages.Summary_Features, String.join(" ", volume.features())));
                }
                rows.add(new Row(Messages.Summary_Files, Integer.toString(volume.files().size())));
                rows.add(new Row(Messages.Summary_Free, NLS.bind(Messages.Summary_FreeValue, new Object[] {
                        volume.freeBlocks(), ByteSizes.describe(volume.freeBlocks() * volume.blockSize()),
                        volume.freeRunCount() })));
                if (volume.problems().isEmpty()) {
                    rows.add(new Row(Messages.Summary_Problems, Messages.Summary_NoProblems));
                }
                for (String problem : volume.problems()) {
                    rows.add(new Row(Messages.Summary_Problems, problem));
                }
            } else if (!opened.readError().isEmpty()) {
                rows.add(new Row(Messages.Summary_Error, opened.readError()));
            }
            rows.add(new Row(Messages.Summary_Access, Messages.Summary_ReadOnly));
        }
        }
        return rows;
    }

    private void show(ImageState state) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(rows(state));
        }
    }

    private static final class PropertyLabels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            return ((Row) element).property();
        }
    }

    private static final class ValueLabels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            return ((Row) element).value();
        }
    }
}
