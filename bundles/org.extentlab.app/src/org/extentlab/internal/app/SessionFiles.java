package org.extentlab.internal.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.osgi.util.NLS;
import org.extentlab.images.CompressedImages;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioException;
import org.extentlab.model.ExtentlabFactory;
import org.extentlab.model.ExtentlabPackage;
import org.extentlab.model.Session;
import org.extentlab.ui.SimulationSession;

/**
 * Session files (XMI, *.extentlab): the image's path and SHA-256, the partition, the seed, the allocation
 * policy, the kernel settings, the history as a script and the step reached. Reopening one checks the
 * image is the same bytes before it replays anything.
 */
final class SessionFiles {
    static final String EXTENSION = "extentlab";
    /**
     * Among the switches: the session simulates a damaged volume anyway (its history may write), so it
     * reopens the same way instead of read-only.
     */
    static final String ALLOW_DAMAGED = "allow-damaged";

    private SessionFiles() {
    }

    /** What a session file asks for, checked: ready to open the image and restore. */
    record Saved(Path image, int partition, long seed, AllocationPolicy policy, KernelSettings settings,
            Scenario script, int position) {
    }

    /** Writes {@code state} to {@code target} (through a temporary file, so a failed save leaves no half file). */
    static void save(SimulationSession.State state, Path target) throws IOException {
        if (Files.exists(target) && Files.isSameFile(state.image(), target)) {
            throw new IOException(NLS.bind(Messages.Session_IsTheImage, target));
        }
        Session session = ExtentlabFactory.eINSTANCE.createSession();
        session.setImagePath(pathFor(state.image(), target));
        session.setImageSha256(sha256(state.image()));
        session.setPartition(state.partition());
        session.setSeed(state.seed());
        session.setPolicy(state.policy().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        session.setPackerCapacity(state.settings().packerCapacity());
        for (KernelSettings.Switch s : KernelSettings.Switch.values()) {
            if (state.settings().is(s)) {
                session.getSwitches().add(s.scriptName());
            }
        }
        if (state.settings().allowDamaged()) {
            session.getSwitches().add(ALLOW_DAMAGED);
        }
        session.setScript(state.script());
        session.setPosition(state.position());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Resource resource = resources().createResource(URI.createFileURI(partial.toAbsolutePath().toString()));
        resource.getContents().add(session);
        resource.save(Map.of());
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reads and checks {@code file}; every way it cannot be used is an IOException saying what is wrong. */
    static Saved load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, Messages.Session_NoSuchFile);
        }
        Session session;
        try {
            Resource resource = resources().getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
            if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Session found)) {
                throw new IOException(NLS.bind(Messages.Session_NotASession, file));
            }
            session = found;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IOException(NLS.bind(Messages.Session_Unreadable, file, cause.getMessage()), e);
        }
        if (session.getImagePath() == null || session.getImagePath().isBlank()) {
            throw new IOException(NLS.bind(Messages.Session_NoImage, file));
        }
        Path image = imageOf(session.getImagePath(), file);
        String now = sha256(image);
        if (!now.equalsIgnoreCase(String.valueOf(session.getImageSha256()))) {
            throw new IOException(NLS.bind(Messages.Session_ImageChanged, new Object[] { image, now,
                    session.getImageSha256() }));
        }
        AllocationPolicy policy;
        try {
            policy = AllocationPolicy.valueOf(String.valueOf(session.getPolicy()).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IOException(NLS.bind(Messages.Session_NoPolicy, file, session.getPolicy()));
        }
        KernelSettings settings;
        try {
            settings = new KernelSettings().packerCapacity(session.getPackerCapacity());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
        for (String name : session.getSwitches()) {
            if (name.equals(ALLOW_DAMAGED)) {
                settings.allowDamaged(true);
                continue;
            }
            KernelSettings.Switch s = KernelSettings.Switch.byScriptName(name);
            if (s == null) {
                throw new IOException(NLS.bind(Messages.Session_NoSwitch, file, name));
            }
            settings.set(s, true);
        }
        Scenario script;
        try {
            script = Scenario.parse(file.getFileName().toString(), session.getScript() == null ? "" : session.getScript());
        } catch (ScenarioException e) {
            throw new IOException(NLS.bind(Messages.Session_BadScript, e.getMessage()));
        }
        if (session.getPosition() < 0 || session.getPosition() > script.steps().size()) {
            throw new IOException(NLS.bind(Messages.Session_NoSuchStep, new Object[] { file,
                    session.getPosition(), script.steps().size() }));
        }
        return new Saved(image, Math.max(0, session.getPartition()), session.getSeed(), policy, settings, script,
                session.getPosition());
    }

    /**
     * How a session at {@code target} names {@code image}: relative to the session's folder when the
     * image lies in it or below it (a teacher hands out the folder, or a bundle, and it opens anywhere),
     * else absolute.
     */
    static String pathFor(Path image, Path target) {
        Path absolute = image.toAbsolutePath().normalize();
        Path folder = target.toAbsolutePath().normalize().getParent();
        if (folder != null && absolute.startsWith(folder)) {
            return folder.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    /**
     * The image a session file names: a relative name against the session's folder; an absolute one as
     * it is, or, when it is gone, the file of that name beside the session (both were moved together).
     */
    static Path imageOf(String named, Path sessionFile) throws IOException {
        Path folder = sessionFile.toAbsolutePath().normalize().getParent();
        Path path = Path.of(named);
        Path image = path.isAbsolute() ? path : folder.resolve(path).normalize();
        if (!Files.isRegularFile(image) && path.isAbsolute() && path.getFileName() != null
                && Files.isRegularFile(folder.resolve(path.getFileName()))) {
            image = folder.resolve(path.getFileName());
        }
        if (!Files.isRegularFile(image)) {
            throw new IOException(NLS.bind(Messages.Session_ImageMissing, image));
        }
        return image;
    }

    private static ResourceSet resources() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(ExtentlabPackage.eNS_URI, ExtentlabPackage.eINSTANCE);
        return resources;
    }

    static String sha256(Path file) throws IOException {
        return CompressedImages.sha256(file, new NullProgressMonitor());
    }
}
