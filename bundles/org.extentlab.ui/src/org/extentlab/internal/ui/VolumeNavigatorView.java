package org.extentlab.internal.ui;

import org.eclipse.osgi.util.NLS;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.extentlab.kernel.sim.Operation;
import org.extentlab.kernel.sim.Inspection;
import org.extentlab.ui.SimulationSession;

/**
 * The volume's tree as the module holds it at the present step: each item with its size, the space
 * allocated to it, its extents (runs of contiguous units), how fragmented it is and its id in the
 * format's terms (ext: the inode; FAT and exFAT: the first cluster). Directories are read when they are
 * expanded, in a background job (the tree says "Reading..." meanwhile; after a step the open folders are
 * read again while the previous step's rows stay), and a folder shows {@value #PAGE} rows at a time, a
 * last row listing more on double-click. Selecting an item highlights it in every view; the context menu performs operations on it,
 * each typed out as the script line it becomes, to be edited before it runs.
 */
public class VolumeNavigatorView extends SessionView {
    public static final String ID = "org.extentlab.ui.views.navigator";

    /** An item at one step: what the tree shows of it. */
    public record Node(String path, String name, long id, boolean directory, long size, long allocated, int extents,
            String formatId, boolean inhibit) {
        /** Extents beyond the first: 0 for a contiguous file. */
        public int fragments() {
            return Math.max(0, extents - 1);
        }

        /** A row that stands for no item: "Reading..." or the rows not listed yet. */
        public boolean synthetic() {
            return id == SYNTHETIC;
        }
    }

    /** The id of rows that are not items. */
    static final long SYNTHETIC = Long.MIN_VALUE;
    /** Rows of a folder shown at a time. */
    static final int PAGE = 250;

    private TreeViewer viewer;
    /** The snapshot the folders are read for; null without a simulation. */
    private Inspection.Snapshot snapshot;
    /** The folders read for {@link #generation}, by path: every item, in name order. */
    private Map<String, List<Node>> listed = new HashMap<>();
    /** How many rows of each folder are shown (PAGE unless more were asked for). */
    private final Map<String, Integer> shownRows = new HashMap<>();
    /** Folders being read for {@link #generation}. */
    private final java.util.Set<String> reading = new java.util.HashSet<>();
    /** Bumped whenever the simulation moves: listings begun before are dropped. */
    private int generation;
    /** The volume's free bytes when the folders were last read. */
    private long freeBytes;
    private final List<org.eclipse.core.runtime.jobs.Job> jobs = new ArrayList<>();
    /** An item to reveal once the folders on its path are read; NONE when none. */
    private long pendingReveal = NONE;
    /** The path of {@link #pendingReveal}. */
    private String pendingPath;
    private static final long NONE = Long.MIN_VALUE + 1;
    private boolean echoing;

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return children("/").toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Node node && node.directory() ? children(node.path()).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Node node && node.directory();
        }
    }

    @Override
    protected void createContent(Composite parent) {
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        column(Messages.Navigator_Name, 150, Node::name);
        column(Messages.Navigator_Size, 80, n -> n.directory() || n.synthetic() ? "" : Long.toString(n.size()));
        column(Messages.Navigator_Allocated, 80, n -> Long.toString(n.allocated()));
        column(Messages.Navigator_Extents, 60, n -> Integer.toString(n.extents()));
        column(Messages.Navigator_Fragments, 70, n -> n.extents() == 0 ? "" : n.fragments() == 0 ? Messages.Navigator_Contiguous : Integer.toString(n.fragments()));
        column(Messages.Navigator_Id, 110, n -> n.formatId() + (n.inhibit() ? Messages.Navigator_Inhibit : ""));
        viewer.setUseHashlookup(true);
        viewer.setComparer(new IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return a instanceof Node x && b instanceof Node y ? x.path().equals(y.path()) : a.equals(b);
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof Node node ? node.path().hashCode() : element.hashCode();
            }
        });
        viewer.setContentProvider(new Content());
        Views.Selections selections = new Views.Selections();
        getSite().setSelectionProvider(selections);
        viewer.addSelectionChangedListener(e -> {
            if (!echoing && e.getStructuredSelection().getFirstElement() instanceof Node node && !node.synthetic()) {
                selections.setSelection(new StructuredSelection(new SelectedItem(node.id())));
            }
        });
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Node node && node.synthetic()
                    && node.path().endsWith(MORE)) {
                showMore(node.path().substring(0, node.path().length() - MORE.length()));
            }
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
    }

    /** A column showing {@code text} of each item (rows that are not items show only their name). */
    private void column(String title, int width, java.util.function.Function<Node, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        boolean name = title.equals("Name");
        column.setLabelProvider(Views.labels(Node.class, n -> n.synthetic() && !name ? "" : text.apply(n)));
    }

    /** Another view selected an item: select it here if its row is listed. */
    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
        SelectedItem item = SelectedItem.of(selection);
        if (part == this || item == null) {
            return;
        }
        reveal(item.id());
    }

    /** Selects {@code node}'s row (nothing when null) without telling the other views, which chose it. */
    private void selectQuietly(Node node) {
        if (node != null) {
            echoing = true;
            try {
                viewer.setSelection(new StructuredSelection(node), true);
            } finally {
                echoing = false;
            }
        }
    }

    /**
     * Selects item {@code id}'s row, its folders listed and expanded so that it shows, once its path is
     * known (a question in a job); nothing when the item is not in the tree.
     */
    private void reveal(long id) {
        if (snapshot == null || SimulationSession.getDefault().busy()) {
            return;
        }
        ask("reveal", (inspection, monitor) -> java.util.Optional.ofNullable(inspection.pathOf(id)),
                path -> path.ifPresent(found -> selectQuietly(reveal(id, found))));
    }

    /**
     * The row of item {@code id} at {@code path}, its folders listed and expanded so that it shows; null
     * when it is not in the tree or a folder on its path is still being read (then the item is revealed
     * when it has been).
     */
    private Node reveal(long id, String path) {
        pendingReveal = NONE;
        if (path.equals("/")) {
            return null;
        }
        String folder = "/";
        List<Node> ancestors = new ArrayList<>();
        Node found = null;
        for (String part : path.substring(1).split("/")) {
            List<Node> nodes = listed.get(folder);
            if (nodes == null) {
                pendingReveal = id;
                pendingPath = path;
                readFolder(folder);
                return null;
            }
            found = null;
            for (int i = 0; i < nodes.size() && found == null; i++) {
                if (nodes.get(i).name().equals(part)) {
                    found = nodes.get(i);
                    if (i >= shown(folder)) {
                        shownRows.put(folder, (i / PAGE + 1) * PAGE);
                        refreshFolder(folder);
                    }
                }
            }
            if (found == null) {
                return null;
            }
            folder = found.path();
            if (found.directory() && found.id() != id) {
                ancestors.add(found);
            }
        }
        for (Node ancestor : ancestors) {
            viewer.setExpandedState(ancestor, true);
        }
        return found;
    }

    @Override
    protected Control content() {
        return viewer == null ? null : viewer.getControl();
    }

    @Override
    protected void clear() {
        snapshot = null;
        generation++;
        cancelJobs();
        listed = new HashMap<>();
        reading.clear();
        shownRows.clear();
        viewer.setInput(null);
    }

    /**
     * The simulation moved (a step, a step back, another image): the folders read before are read again
     * from it in one job, and the tree keeps the previous rows until they have been; folders that no
     * longer exist come back empty.
     */
    /** It shows the volume at the moment chosen in the Protocol Trace. */
    @Override
    protected boolean followsMoments() {
        return true;
    }

    @Override
    protected void read(Inspection.Snapshot current) {
        snapshot = current;
        generation++;
        cancelJobs();
        reading.clear();
        List<String> folders = new ArrayList<>(listed.keySet());
        if (!folders.contains("/")) {
            folders.add("/");
        }
        reading.addAll(folders);
        int expected = generation;
        org.eclipse.swt.widgets.Display display = viewer.getControl().getDisplay();
        long free = current.freeBytes();
        job(SimulationSession.getDefault().ask(Messages.Navigator_ReadingFolders, true, (inspection, monitor) -> {
            Map<String, List<Node>> fresh = new HashMap<>();
            for (String folder : folders) {
                List<Node> nodes = list(inspection, current, folder, monitor);
                if (nodes == null) {
                    return null;
                }
                fresh.put(folder, nodes);
            }
            return fresh;
        }, display, fresh -> {
                if (expected != generation || viewer.getControl().isDisposed()) {
                    return;
                }
                Object[] expanded = viewer.getExpandedElements();
                listed = fresh;
                freeBytes = free;
                reading.removeAll(folders);
                Long run = current.run();
                if (!run.equals(viewer.getInput())) {
                    viewer.setInput(run);
                } else {
                    viewer.refresh();
                }
                viewer.setExpandedElements(expanded);
                listingDone();
        }));
    }

    /** Keeps {@code job} (null: none was scheduled) to cancel it when the simulation moves. */
    private void job(org.eclipse.core.runtime.jobs.Job job) {
        if (job != null) {
            jobs.add(job);
        }
    }

    /** Reads folder {@code path} in a job unless it is read or being read; the tree is refreshed after. */
    private void readFolder(String path) {
        Inspection.Snapshot current = snapshot;
        if (current == null || listed.containsKey(path) || !reading.add(path)) {
            return;
        }
        int expected = generation;
        org.eclipse.swt.widgets.Display display = viewer.getControl().getDisplay();
        job(SimulationSession.getDefault().ask(NLS.bind(Messages.Navigator_ReadingFolder, path), true,
                (inspection, monitor) -> list(inspection, current, path, monitor), display, nodes -> {
                if (expected != generation || viewer.getControl().isDisposed()) {
                    return;
                }
                long start = System.nanoTime();
                listed.put(path, nodes);
                reading.remove(path);
                refreshFolder(path);
                listingDone();
                if (Boolean.getBoolean("extentlab.reportRefresh")) {
                    System.err.printf("extentlab: Volume Navigator showed %s in %.1f ms%n", path,
                            (System.nanoTime() - start) / 1e6);
                }
        }));
    }

    /** A folder was read: the status line, and an item waiting to be revealed. */
    private void listingDone() {
        jobs.removeIf(job -> job.getState() == org.eclipse.core.runtime.jobs.Job.NONE);
        Inspection.Snapshot current = snapshot;
        if (current == null) {
            return;
        }
        long files = listed.values().stream().flatMap(List::stream).filter(n -> !n.directory()).count();
        status.setText(momentStatus(NLS.bind(Messages.Navigator_Status, new Object[] { current.format(),
                Views.count(files, Messages.Noun_File), freeBytes })
                + (reading.isEmpty() ? "" : Messages.Navigator_StillReading)));
        if (pendingReveal != NONE) {
            selectQuietly(reveal(pendingReveal, pendingPath));
        }
    }

    private void cancelJobs() {
        jobs.forEach(org.eclipse.core.runtime.jobs.Job::cancel);
        jobs.clear();
    }

    /** Refreshes the rows of folder {@code path} (the root, or a folder not shown: the whole tree). */
    private void refreshFolder(String path) {
        Node folder = folderRow(path);
        if (folder == null) {
            viewer.refresh();
        } else {
            // The folder's own row object: the viewer draws the row from the element it is given.
            viewer.refresh(folder);
        }
    }

    /**
     * Shows the next {@value #PAGE} rows of folder {@code path} (what double-clicking its last row does):
     * the rows are added after those shown, so each page costs the same.
     */
    public void showMore(String path) {
        long start = System.nanoTime();
        List<Node> nodes = listed.get(path);
        int before = shown(path);
        if (nodes == null || nodes.size() <= before) {
            return;
        }
        shownRows.put(path, before + PAGE);
        Object parent = path.equals("/") ? viewer.getInput() : folderRow(path);
        if (parent == null) {
            refreshFolder(path);
        } else {
            List<Node> rows = children(path);
            viewer.remove(parent, new Object[] { moreRow(path, nodes.size(), before) });
            viewer.add(parent, rows.subList(before, rows.size()).toArray());
        }
        if (Boolean.getBoolean("extentlab.reportRefresh")) {
            System.err.printf("extentlab: Volume Navigator showed %d rows of %s in %.1f ms%n", shown(path), path,
                    (System.nanoTime() - start) / 1e6);
        }
    }

    /** The row of folder {@code path} among its parent's listed rows; null when not listed. */
    private Node folderRow(String path) {
        List<Node> siblings = path.equals("/") ? null : listed.get(parentOf(path));
        return siblings == null ? null : siblings.stream().filter(n -> n.path().equals(path)).findFirst().orElse(null);
    }

    private int shown(String path) {
        return shownRows.getOrDefault(path, PAGE);
    }

    /** Suffix of the path of the row standing for a folder's rows not shown. */
    private static final String MORE = "/\u0000more";

    /**
     * The rows of folder {@code path}: its first {@link #shown} items and a row for the rest, or a
     * "Reading..." row while it is read.
     */
    private List<Node> children(String path) {
        List<Node> nodes = listed.get(path);
        if (nodes == null) {
            readFolder(path);
            return snapshot == null ? List.of()
                    : List.of(new Node(path + "/\u0000reading", Messages.Navigator_Reading, SYNTHETIC, false, 0, 0, 0, "", false));
        }
        int shown = shown(path);
        if (nodes.size() <= shown) {
            return nodes;
        }
        List<Node> page = new ArrayList<>(nodes.subList(0, shown));
        page.add(moreRow(path, nodes.size(), shown));
        return page;
    }

    /** The last row of folder {@code path} when {@code shown} of its {@code total} rows are. */
    private static Node moreRow(String path, int total, int shown) {
        return new Node(path + MORE, NLS.bind(Messages.Navigator_More, String.format("%,d", total - shown),
                String.format("%,d", Math.min(PAGE, total - shown))), SYNTHETIC, false, 0, 0, 0, "", false);
    }

    /**
     * The rows of folder {@code path}, answered by {@code inspection} in a job (a folder of a hundred
     * thousand items takes its time off the UI thread); null when cancelled.
     */
    private static List<Node> list(Inspection inspection, Inspection.Snapshot snapshot, String path,
            org.eclipse.core.runtime.IProgressMonitor monitor) {
        long start = System.nanoTime();
        List<Inspection.Entry> entries = inspection.list(path, monitor::isCanceled);
        if (entries == null) {
            return null;
        }
        List<Node> nodes = new ArrayList<>(entries.size());
        for (Inspection.Entry entry : entries) {
            nodes.add(node(snapshot, entry));
        }
        if (Boolean.getBoolean("extentlab.reportRefresh")) {
            System.err.printf("extentlab: Volume Navigator read %s (%d items) in %.1f ms, in a job%n", path,
                    nodes.size(), (System.nanoTime() - start) / 1e6);
        }
        return nodes;
    }

    /** What the tree shows of {@code entry}: its sizes, extents, and its inode or first cluster. */
    static Node node(Inspection.Snapshot snapshot, Inspection.Entry entry) {
        String formatId;
        if (snapshot.ext()) {
            formatId = NLS.bind(Messages.Navigator_Inode, entry.id());
        } else if (entry.firstUnit() < 0) {
            formatId = Messages.Navigator_NoCluster;
        } else {
            formatId = NLS.bind(Messages.Navigator_Cluster, 2 + entry.firstUnit());
        }
        return new Node(entry.path(), entry.name(), entry.id(), entry.directory(), entry.size(), entry.allocated(),
                entry.extents(), formatId, entry.inhibit());
    }

    private void fillMenu(IMenuManager menu) {
        Node node = selected();
        String folder = node == null ? "/" : node.directory() ? node.path() : parentOf(node.path());
        String inside = folder.equals("/") ? "/" : folder + "/";
        menu.add(operation(Messages.Navigator_NewFile, new Operation.Create(inside + "new-file", 0)));
        menu.add(operation(Messages.Navigator_NewFolder, new Operation.Mkdir(inside + "new-folder")));
        menu.add(new Action(Messages.Navigator_Import) {
            @Override
            public void run() {
                importFiles(inside);
            }
        });
        if (node == null) {
            return;
        }
        String path = node.path();
        menu.add(new Separator());
        if (!node.directory()) {
            menu.add(new Action(Messages.Navigator_Write) {
                @Override
                public void run() {
                    WriteDialog dialog = new WriteDialog(shell(), path, node.size());
                    if (dialog.open() == Window.OK) {
                        perform(dialog.line());
                    }
                }
            });
            menu.add(operation(Messages.Navigator_Read, new Operation.Read(path, 0, Math.max(1, node.size()))));
            menu.add(operation(Messages.Navigator_Preallocate, new Operation.Preallocate(path, 1 << 20, 0)));
            menu.add(operation(Messages.Navigator_Truncate, new Operation.Truncate(path, node.size() / 2)));
            menu.add(operation(Messages.Navigator_Log2Phys, new Operation.Log2phys(path, 0)));
            menu.add(run(node.inhibit() ? Messages.Navigator_Allow : Messages.Navigator_InhibitIO,
                    new Operation.Inhibit(path, !node.inhibit())));
            menu.add(run(Messages.Navigator_Close, new Operation.Close(path)));
        }
        menu.add(operation(Messages.Navigator_Rename, new Operation.Rename(path, path + "-renamed")));
        menu.add(new Action(Messages.Navigator_Delete) {
            @Override
            public void run() {
                if (MessageDialog.openConfirm(shell(), Messages.Navigator_Delete, NLS.bind(Messages.Navigator_DeleteConfirm, node.path()))) {
                    perform(new Operation.Delete(path).toScript());
                }
            }
        });
    }

    /** Copies files of the host chosen in a dialog into {@code inside} of the image, one import a file. */
    private void importFiles(String inside) {
        FileDialog dialog = new FileDialog(shell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.Navigator_Import.replace("...", ""));
        if (dialog.open() == null) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (String name : dialog.getFileNames()) {
            lines.append(new Operation.Import(Path.of(dialog.getFilterPath(), name).toString(), inside + name).toScript())
                    .append('\n');
        }
        perform(lines.toString());
    }

    /** A menu entry that shows {@code operation}'s script line for editing, then performs it. */
    private Action operation(String label, Operation operation) {
        String line = operation.toScript();
        return new Action(label) {
            @Override
            public void run() {
                InputDialog dialog = new InputDialog(shell(), label.replace("...", ""),
                        Messages.Navigator_OperationMessage, line,
                        TransportHandler::validate);
                if (dialog.open() == Window.OK) {
                    perform(dialog.getValue());
                }
            }
        };
    }

    private Action run(String label, Operation operation) {
        return new Action(label) {
            @Override
            public void run() {
                perform(operation.toScript());
            }
        };
    }

    private void perform(String line) {
        Consumer<String> onError = TransportHandler.errors(shell(), shell().getDisplay(), Messages.Perform_Title);
        SimulationSession.getDefault().perform(line, shell().getDisplay(), onError);
    }

    private Shell shell() {
        return getSite().getShell();
    }

    private Node selected() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        return selection.getFirstElement() instanceof Node node && !node.synthetic() ? node : null;
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    /** The folders read for the present step, by path: every item (for tests). */
    public Map<String, List<Node>> listed() {
        return Map.copyOf(listed);
    }

    /** Whether every folder asked for has been read for the present step (for tests). */
    public boolean upToDate() {
        return reading.isEmpty() && snapshot == SimulationSession.getDefault().viewedSnapshot();
    }

    /** The tree (for tests). */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

}
