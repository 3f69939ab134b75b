package org.extentlab.images.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.extentlab.model.ExtentlabFactory;
import org.extentlab.model.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EMF session model (what a saved session holds) and its persistence as XMI. */
class SessionModelTest {
    @TempDir
    Path dir;

    @Test
    void aSessionRoundTripsThroughXmiWithItsDefaults() throws Exception {
        Session session = ExtentlabFactory.eINSTANCE.createSession();
        session.setImagePath("/images/lab.img");
        session.setImageSha256("00ff");
        session.setPartition(2);
        session.setSeed(42);
        session.setScript("write /a.txt 0 4K\n");
        session.setPosition(1);
        session.getSwitches().add("reads-complete");
        Path saved = dir.resolve("session.xmi");
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        Resource out = resources.createResource(URI.createFileURI(saved.toString()));
        out.getContents().add(session);
        out.save(Map.of());
        String xml = Files.readString(saved);
        assertEquals(-1, xml.indexOf("packerCapacity"), "a default is not written: " + xml);

        Resource in = new ResourceSetImpl().getResource(URI.createFileURI(saved.toString()), true);

        Session reloaded = (Session) in.getContents().get(0);
        assertEquals("/images/lab.img", reloaded.getImagePath());
        assertEquals("00ff", reloaded.getImageSha256());
        assertEquals(2, reloaded.getPartition());
        assertEquals(42, reloaded.getSeed());
        assertEquals("write /a.txt 0 4K\n", reloaded.getScript());
        assertEquals(1, reloaded.getPosition());
        assertEquals(List.of("reads-complete"), List.copyOf(reloaded.getSwitches()));
        assertEquals(64, reloaded.getPackerCapacity(), "the default packer capacity");
        assertEquals("native", reloaded.getPolicy(), "the default policy");
    }
}
