package org.extentlab.internal.ui;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.ui.IWorkbenchPart;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.sim.Inspection;
import org.extentlab.kernel.sim.VolumeMapQuery;
import org.extentlab.ui.SimulationSession;

/**
 * Every allocation unit of the volume as a cell coloured by its owner: free light grey, the format's
 * own metadata dark grey, each file its own hue (pale where its units are preallocated but unwritten),
 * the selected item near-black, units the kernel still maps for a file that lost them framed in red. The engine's snapshot
 * ({@link VolumeMapQuery}) gives each cell the owner of most of its units, so a volume of 2^24 blocks
 * draws as quickly as a small one; the cells are painted into an image once per change
 * ({@link MapPainter}).
 *
 * <p>Zoom: Ctrl+wheel, + and - (about the pointer or the top), 0 to fit the whole volume; pan: the
 * wheel, the scroll bar, the arrow keys, Page Up/Down, Home and End. A click selects the cell's item
 * for every view; hovering names the units, their owner and the file offset they hold. Units that
 * change owner flash for a moment: yellow when allocated, red when freed; units the kernel wrote in the
 * step flash blue. Colours and the flash's length are preferences (Simulation > Appearance).
 */
public class VolumeMapView extends SessionView {
    public static final String ID = "org.extentlab.ui.views.map";
    /**
     * Cell pitch in pixels when the view fits the volume at actual size (a 5-pixel square and a 1-pixel
     * gap); View > Zoom In makes it larger ({@link Presentation#cellPitch}).
     */
    public static final int CELL = 6;
    /** The colour of the selected item's cells in the default colours. */
    public static final RGB SELECTED = MapColours.DEFAULT.selected();
    /** The pitches zooming steps through once a cell is a single unit, and back. */
    private static final int[] PITCHES = { 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48 };
    private static final int FRAME_MILLIS = 33;

    private Canvas canvas;
    private VolumeMapQuery map;
    private long[] cells = new long[0];
    /** Cells whose units are mostly unwritten (preallocated), drawn pale. */
    private boolean[] pale = new boolean[0];
    /** Cells holding a unit the kernel maps stale, outlined in red. */
    private boolean[] stale = new boolean[0];
    private int columns = 1;
    private int pitch = CELL;
    private long perCell = 1;
    private long firstRow;
    private String volumeLabel = "";
    private long freeBytes;
    /** Where keys zoom about: the last click, else the middle of the view. */
    private int anchorX = -1;
    private int anchorY = -1;
    private boolean fit = true;
    private long selected = VolumeMapQuery.NO_HIGHLIGHT;
    private Image image;
    private String imageKey = "";
    /** The run of the snapshot read last ({@link Inspection.Snapshot#run}), -1 for none. */
    private long shownRun = -1;
    /** Cells flashing after a step: {cell, {@link #ALLOCATED}, {@link #FREED} or {@link #WRITTEN}}. */
    private final List<int[]> flashes = new ArrayList<>();
    private long flashStart;
    public static final int ALLOCATED = 0;
    public static final int FREED = 1;
    public static final int WRITTEN = 2;
    /** How many events of that run's trace the last read saw (its device writes flash). */
    private int eventsSeen;
    private MapColours colours = SimulationPreferences.mapColours();
    private Legend legend;
    private int flashMillis = SimulationPreferences.flashMillis();
    private final org.eclipse.jface.util.IPropertyChangeListener appearance = event -> {
        if (SimulationPreferences.isAppearance(event.getProperty())) {
            colours = SimulationPreferences.mapColours();
            flashMillis = SimulationPreferences.flashMillis();
            imageKey = "";
            if (legend != null) {
                legend.redraw();
            }
            if (canvas != null && !canvas.isDisposed()) {
                canvas.redraw();
            }
        }
    };
    private final Views.Selections selections = new Views.Selections();

    @Override
    protected void createContent(Composite parent) {
        canvas = Views.canvas(parent, SWT.V_SCROLL | SWT.NO_BACKGROUND, this::paint);
        canvas.addListener(SWT.Resize, e -> layoutCells());
        canvas.addListener(SWT.MouseHover, e -> hover(e.x, e.y));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(null));
        canvas.addListener(SWT.MouseDown, this::clicked);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.getVerticalBar().addListener(SWT.Selection, e -> {
            firstRow = canvas.getVerticalBar().getSelection();
            layoutCells();
        });
        canvas.addDisposeListener(e -> {
            if (image != null) {
                image.dispose();
            }
        });
        legend = new Legend(parent, this::legendEntries);
        getSite().setSelectionProvider(selections);
        SimulationPreferences.store().addPropertyChangeListener(appearance);
        canvas.addDisposeListener(e -> SimulationPreferences.store().removePropertyChangeListener(appearance));
    }

    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this) {
            return;
        }
        SelectedItem item = SelectedItem.of(selection);
        if (item != null && item.id() != selected) {
            selected = item.id();
            layoutCells();
        }
    }

    /** The colour of an owner in the default colours: free, metadata, or a hue of its own for each item. */
    public static RGB rgbOf(long owner) {
        return MapPainter.rgbOf(owner);
    }

    /** What the map's colours mean, in the colours it draws with now. */
    public List<Legend.Entry> legendEntries() {
        return List.of(new Legend.Entry(Messages.Legend_Free, colours.free(), Legend.Swatch.FILL),
                new Legend.Entry(Messages.Legend_Metadata, colours.metadata(), Legend.Swatch.FILL),
                new Legend.Entry(Messages.Legend_File, MapPainter.rgbOf(1, colours), Legend.Swatch.FILL),
                new Legend.Entry(Messages.Legend_OtherFile, MapPainter.rgbOf(2, colours), Legend.Swatch.FILL),
                new Legend.Entry(Messages.Legend_Unwritten, unpack(MapPainter.pale(MapColours.packed(MapPainter.rgbOf(1,
                        colours)))), Legend.Swatch.FILL),
                new Legend.Entry(Messages.Legend_Selected, colours.selected(), Legend.Swatch.FILL),
                new Legend.Entry(Messages.Legend_Stale, colours.stale(), Legend.Swatch.FRAME),
                new Legend.Entry(Messages.Legend_Allocated, colours.allocated(), Legend.Swatch.FILL),
                new Legend.Entry(Messages.Legend_Freed, colours.freed(), Legend.Swatch.FILL),
                new Legend.Entry(Messages.Legend_Written, colours.written(), Legend.Swatch.FILL));
    }

    private static RGB unpack(int rgb) {
        return new RGB(rgb >>> 16 & 0xFF, rgb >>> 8 & 0xFF, rgb & 0xFF);
    }

    /** The legend under the map (for tests). */
    public Legend legend() {
        return legend;
    }

    /** The colours the map draws with now (the preferences'). */
    public MapColours colours() {
        return colours;
    }

    @Override
    protected Control content() {
        return canvas;
    }

    @Override
    protected void clear() {
        map = null;
        shownRun = -1;
        cells = new long[0];
        pale = new boolean[0];
        stale = new boolean[0];
        flashes.clear();
    }

    /** Takes the session's snapshot of the owners (made in the step's job) and samples it. */
    /** It shows the volume at the moment chosen in the Protocol Trace. */
    @Override
    protected boolean followsMoments() {
        return true;
    }

    @Override
    protected void read(Inspection.Snapshot snapshot) {
        boolean sameRun = shownRun == snapshot.run();
        shownRun = snapshot.run();
        VolumeMapQuery next = snapshot.map();
        VolumeMapQuery previous = map;
        long[] before = cells;
        map = next;
        layoutCells();
        List<org.extentlab.kernel.sim.TraceEvent> events = snapshot.events();
        if (previous != null && previous != next && previous.units() == next.units() && before.length == cells.length) {
            flash(before, sameRun && events.size() > eventsSeen ? written(events.subList(eventsSeen, events.size()),
                    snapshot) : null);
        }
        eventsSeen = events.size();
        volumeLabel = NLS.bind(Messages.Map_Volume, new Object[] { snapshot.format(), map.units(), snapshot.unitBytes() });
        freeBytes = snapshot.freeBytes();
        firstUnitOffset = snapshot.firstUnitOffset();
        unitBytes = snapshot.unitBytes();
        showStatus();
    }

    /** The volume offset of unit 0 and the bytes in a unit, as last read. */
    private long firstUnitOffset;
    private long unitBytes = 1;

    /** The status line: the volume as last read, and the zoom now. */
    private void showStatus() {
        if (map == null) {
            return;
        }
        status.setText(momentStatus(NLS.bind(fit ? Messages.Map_Status : Messages.Map_StatusZoomed, new Object[] { volumeLabel,
                perCell, freeBytes, Views.count(map.runCount(), Messages.Noun_Run) })
                + (map.staleCount() == 0 ? "" : NLS.bind(Messages.Map_Stale, Views.count(map.staleCount(), Messages.Noun_Unit)))));
    }

    /** Works out the grid for the canvas's size and zoom, and samples the snapshot for it. */
    private void layoutCells() {
        if (canvas.isDisposed()) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        if (map == null) {
            cells = new long[0];
            pale = new boolean[0];
            stale = new boolean[0];
            canvas.redraw();
            return;
        }
        if (fit) {
            pitch = Presentation.cellPitch();
            perCell = fitting(pitch, area);
            firstRow = 0;
        }
        columns = Math.max(1, area.width / pitch);
        int rows = Math.max(1, area.height / pitch);
        long totalRows = (map.units() + columns * perCell - 1) / (columns * perCell);
        firstRow = Math.max(0, Math.min(firstRow, totalRows - rows));
        ScrollBar bar = canvas.getVerticalBar();
        bar.setValues((int) Math.min(firstRow, Integer.MAX_VALUE - 1), 0, (int) Math.min(Integer.MAX_VALUE, totalRows),
                Math.max(1, (int) Math.min(rows, totalRows)), 1, Math.max(1, rows - 1));
        flashes.clear();
        cells = map.cells(firstRow * columns * perCell, perCell, columns * rows, selected);
        pale = map.unwrittenCells(firstRow * columns * perCell, perCell, columns * rows);
        stale = map.staleCells(firstRow * columns * perCell, perCell, columns * rows);
        canvas.redraw();
    }

    /** Units per cell for the whole volume to fit at {@code cellPitch}. */
    private long fitting(int cellPitch, Rectangle area) {
        long slots = (long) Math.max(1, area.width / cellPitch) * Math.max(1, area.height / cellPitch);
        return Math.max(1, (map.units() + slots - 1) / slots);
    }

    /**
     * One step in (halve the units per cell, then widen the cells) or out (narrow the cells down to the
     * fitting pitch, double the units per cell up to the whole volume, then narrow the cells to a pixel),
     * keeping the unit at ({@code x}, {@code y}) under the pointer.
     */
    public void zoom(boolean in, int x, int y) {
        if (map == null) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        if (x < 0 || y < 0) {
            x = area.width / 2;
            y = Math.min(area.height, (int) Math.min(Integer.MAX_VALUE, (cells.length / Math.max(1, columns)) * pitch)) / 2;
        }
        long anchor = unitAt(x, y);
        if (anchor < 0) {
            anchor = firstRow * columns * perCell;
            x = 0;
            y = 0;
        }
        int index = indexOf(pitch);
        if (in) {
            if (perCell > 1) {
                perCell = Math.max(1, perCell / 2);
            } else if (index + 1 < PITCHES.length) {
                pitch = PITCHES[index + 1];
            }
        } else if (pitch > Presentation.cellPitch()) {
            pitch = PITCHES[index - 1];
        } else if (perCell < fitting(pitch, area)) {
            perCell = Math.min(fitting(pitch, area), perCell * 2);
        } else if (index > 0) {
            pitch = PITCHES[index - 1];
            perCell = fitting(pitch, area);
        }
        fit = false;
        columns = Math.max(1, area.width / pitch);
        long rowOfAnchor = anchor / (columns * perCell);
        firstRow = Math.max(0, rowOfAnchor - y / pitch);
        layoutCells();
        showStatus();
    }

    @Override
    protected void zoomed() {
        if (fit) {
            layoutCells();
            showStatus();
        }
    }

    /** Back to the whole volume at the usual pitch. */
    public void zoomToFit() {
        fit = true;
        layoutCells();
        showStatus();
    }


    private static int indexOf(int cellPitch) {
        for (int i = PITCHES.length - 1; i >= 0; i--) {
            if (PITCHES[i] <= cellPitch) {
                return i;
            }
        }
        return 0;
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            zoom(e.count > 0, e.x, e.y);
        }
    }

    private void key(Event e) {
        Rectangle area = canvas.getClientArea();
        int rows = Math.max(1, area.height / pitch);
        switch (e.keyCode) {
        case '+', '=', SWT.KEYPAD_ADD -> zoom(true, anchorX, anchorY);
        case '-', SWT.KEYPAD_SUBTRACT -> zoom(false, anchorX, anchorY);
        case '0', SWT.KEYPAD_0 -> zoomToFit();
        case SWT.ARROW_UP -> pan(-1);
        case SWT.ARROW_DOWN -> pan(1);
        case SWT.PAGE_UP -> pan(-rows);
        case SWT.PAGE_DOWN -> pan(rows);
        case SWT.HOME -> pan(Long.MIN_VALUE / 2);
        case SWT.END -> pan(Long.MAX_VALUE / 2);
        default -> {
            return;
        }
        }
        e.doit = false;
    }

    /** Moves the view by {@code rows} rows of cells. */
    public void pan(long rows) {
        if (fit && map != null) {
            fit = false;
        }
        firstRow = Math.max(0, firstRow + rows);
        layoutCells();
    }

    private void clicked(Event e) {
        canvas.setFocus();
        anchorX = e.x;
        anchorY = e.y;
        if (e.button != 1) {
            return;
        }
        long unit = unitAt(e.x, e.y);
        if (unit < 0) {
            return;
        }
        long owner = cells[(e.y / pitch) * columns + e.x / pitch];
        // The cell's first unit of the owner it shows, for the Block Hex view; the owner for the others.
        long shown = unit;
        while (map != null && shown < Math.min(map.units(), unit + perCell) - 1 && map.ownerOf(shown) != owner) {
            shown++;
        }
        selected = owner > 0 ? owner : VolumeMapQuery.NO_HIGHLIGHT;
        layoutCells();
        selections.setSelection(new StructuredSelection(new SelectedUnit(shown, Math.max(0, owner))));
    }

    /**
     * Selects item {@code id}: the map draws it near-black and the other views hear of it;
     * {@link VolumeMapQuery#NO_HIGHLIGHT} clears the selection.
     */
    public void select(long id) {
        selected = id;
        layoutCells();
        selections.setSelection(id == VolumeMapQuery.NO_HIGHLIGHT ? StructuredSelection.EMPTY
                : new StructuredSelection(new SelectedItem(id)));
    }

    /** The first unit of the cell at ({@code x}, {@code y}); -1 outside the cells. */
    private long unitAt(int x, int y) {
        if (x < 0 || y < 0 || x / pitch >= columns) {
            return -1;
        }
        int index = (y / pitch) * columns + x / pitch;
        if (index >= cells.length || cells[index] == VolumeMapQuery.BEYOND) {
            return -1;
        }
        return (firstRow * columns + index) * perCell;
    }

    /** The cells holding a unit the kernel wrote to the device in {@code events} (the step's). */
    private boolean[] written(List<org.extentlab.kernel.sim.TraceEvent> events, Inspection.Snapshot snapshot) {
        boolean[] marked = new boolean[cells.length];
        long first = firstRow * columns * perCell;
        long base = snapshot.firstUnitOffset();
        long unitBytes = snapshot.unitBytes();
        for (org.extentlab.kernel.sim.TraceEvent event : events) {
            if (!event.kind().equals("transfer") || !event.name().equals("device write") || event.extents() == null
                    || event.extents().isEmpty() || event.length() <= 0) {
                continue;
            }
            long start = event.extents().get(0).physicalAt(event.offset());
            if (start < base) {
                continue;
            }
            long fromCell = ((start - base) / unitBytes - first) / perCell;
            long toCell = ((start + event.length() - 1 - base) / unitBytes - first) / perCell;
            for (long c = Math.max(0, fromCell); c <= toCell && c < marked.length; c++) {
                marked[(int) c] = true;
            }
        }
        return marked;
    }

    /**
     * Starts the flash of the cells whose owner changed from {@code before} (allocated or freed) and of
     * the cells in {@code written} (null: none) that kept theirs.
     */
    private void flash(long[] before, boolean[] written) {
        flashes.clear();
        for (int i = 0; i < cells.length; i++) {
            if (before[i] != cells[i]) {
                flashes.add(new int[] { i, cells[i] == FileSystemModule.FREE_UNIT ? FREED : ALLOCATED });
            } else if (written != null && written[i]) {
                flashes.add(new int[] { i, WRITTEN });
            }
        }
        if (flashMillis == 0) {
            return;
        }
        if (!flashes.isEmpty()) {
            flashStart = System.currentTimeMillis();
            animate();
        }
    }

    private void animate() {
        if (canvas.isDisposed() || flashes.isEmpty()) {
            return;
        }
        canvas.redraw();
        if (System.currentTimeMillis() - flashStart < flashMillis) {
            canvas.getDisplay().timerExec(FRAME_MILLIS, this::animate);
        }
    }

    /** What the last step flashed (or would have, were flashing off): {cell, ALLOCATED/FREED/WRITTEN} pairs. */
    public List<int[]> flashed() {
        return flashes.stream().map(int[]::clone).toList();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        String key = System.identityHashCode(cells) + "/" + area.width + "x" + area.height + "/" + pitch;
        if (image == null || !key.equals(imageKey)) {
            if (image != null) {
                image.dispose();
            }
            RGB background = canvas.getBackground().getRGB();
            int backgroundColour = background.red << 16 | background.green << 8 | background.blue;
            long highlight = selected;
            MapColours drawn = colours;
            image = new Image(canvas.getDisplay(), MapPainter.render(cells, pale, columns, pitch, area.width,
                    area.height, backgroundColour, owner -> MapPainter.colourOf(owner, highlight, drawn)));
            imageKey = key;
        }
        gc.drawImage(image, 0, 0);
        paintStale(gc);
        paintFlashes(gc);
    }

    /** A red frame around each cell the kernel maps stale (filled red when cells are too small to frame). */
    private void paintStale(GC gc) {
        if (stale.length == 0) {
            return;
        }
        Color frame = new Color(colours.stale());
        gc.setForeground(frame);
        gc.setBackground(frame);
        for (int i = 0; i < stale.length && i < cells.length; i++) {
            if (stale[i]) {
                int x = (i % columns) * pitch;
                int y = (i / columns) * pitch;
                if (pitch >= 4) {
                    gc.drawRectangle(x, y, pitch - 2, pitch - 2);
                } else {
                    gc.fillRectangle(x, y, pitch, pitch);
                }
            }
        }
    }

    private void paintFlashes(GC gc) {
        long age = System.currentTimeMillis() - flashStart;
        if (flashes.isEmpty() || age >= flashMillis) {
            return;
        }
        gc.setAlpha((int) (230 * (flashMillis - age) / flashMillis));
        int size = Math.max(1, pitch - MapPainter.gap(pitch));
        Color[] kinds = { new Color(colours.allocated()), new Color(colours.freed()), new Color(colours.written()) };
        for (int[] flash : flashes) {
            gc.setBackground(kinds[flash[1]]);
            int x = (flash[0] % columns) * pitch;
            int y = (flash[0] / columns) * pitch;
            gc.fillRectangle(x - 1, y - 1, size + 2, size + 2);
        }
        gc.setAlpha(255);
    }

    /** The number of the latest hover, so that a late answer does not name another cell. */
    private int hovers;

    /**
     * The tooltip for the units under ({@code x}, {@code y}): at once what they are; for a file's units
     * the path and file offset follow when the question about the file has its answer.
     */
    private void hover(int x, int y) {
        long first = unitAt(x, y);
        if (first < 0 || map == null) {
            canvas.setToolTipText(null);
            return;
        }
        long last = Math.min(map.units(), first + perCell) - 1;
        long owner = cells[(y / pitch) * columns + x / pitch];
        String range = perCell == 1 ? NLS.bind(Messages.Map_Unit, first) : NLS.bind(Messages.Map_Units, first, last);
        if (owner == FileSystemModule.FREE_UNIT) {
            canvas.setToolTipText(NLS.bind(Messages.Map_Free, range));
            return;
        }
        if (owner == FileSystemModule.METADATA_UNIT) {
            canvas.setToolTipText(NLS.bind(Messages.Map_Metadata, range));
            return;
        }
        String marks = (map.isUnwritten(first) ? Messages.Map_Unwritten : "") + (map.isStale(first) ? Messages.Map_StaleUnit : "");
        canvas.setToolTipText(NLS.bind(Messages.Map_Item, new Object[] { range, owner, "" }) + marks);
        int hover = ++hovers;
        long start = firstUnitOffset + first * unitBytes;
        long end = firstUnitOffset + (last + 1) * unitBytes;
        ask("tip", (inspection, monitor) -> {
            Inspection.Item item = inspection.item(owner);
            return item == null ? "" : offsetOf(item, start, end);
        }, found -> {
            if (hover == hovers && !canvas.isDisposed()) {
                canvas.setToolTipText(NLS.bind(Messages.Map_Item, new Object[] { range, owner, found }) + marks);
            }
        });
    }

    /** The item's path and the file offset of its first byte in volume bytes [start, end). */
    private static String offsetOf(Inspection.Item item, long start, long end) {
        String path = " " + item.path();
        for (Inspection.Run run : item.runs()) {
            if (run.physical() < end && run.physical() + run.length() > start) {
                return NLS.bind(Messages.Map_FileOffset, path, run.logical() + Math.max(start, run.physical()) - run.physical());
            }
        }
        return path;
    }

    /** Whether the cells were sampled from the session's latest snapshot for the present size (for tests). */
    public boolean upToDate() {
        Rectangle area = canvas.getClientArea();
        return canvas.isVisible() && map != null && map == SimulationSession.getDefault().viewedMap()
                && columns == Math.max(1, area.width / pitch)
                && cells.length == Math.max(1, area.width / pitch) * Math.max(1, area.height / pitch);
    }

    /** Which cells are framed as mapped stale (for tests). */
    public boolean[] stale() {
        return stale.clone();
    }

    /** Which cells are drawn pale as unwritten (for tests). */
    public boolean[] pale() {
        return pale.clone();
    }

    /** The owners of the cells as last drawn, row by row (for tests). */
    public long[] cells() {
        return cells.clone();
    }

    /** Cells per row (for tests). */
    public int columns() {
        return columns;
    }

    /** Pixels from one cell to the next. */
    public int pitch() {
        return pitch;
    }

    /** Units per cell. */
    public long perCell() {
        return perCell;
    }

    /** The first unit drawn. */
    public long firstUnit() {
        return firstRow * columns * perCell;
    }

    /** The highlighted item; {@link VolumeMapQuery#NO_HIGHLIGHT} when none. */
    public long selected() {
        return selected;
    }

    /** The canvas the cells are drawn on (for tests and screenshots). */
    public Canvas canvas() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

}
