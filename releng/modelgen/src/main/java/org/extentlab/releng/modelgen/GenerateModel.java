package org.extentlab.releng.modelgen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Writes model/extentlab.genmodel from model/extentlab.ecore and generates the model code into src-gen,
 * as the EMF tooling in an IDE would, but from the command line.
 */
public final class GenerateModel {
    private static final String BUNDLE = "org.extentlab.model";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        EcorePlugin.getPlatformResourceMap().put(BUNDLE, URI.createFileURI(bundle + "/"));

        ResourceSet resources = new ResourceSetImpl();
        URI ecore = URI.createPlatformResourceURI(BUNDLE + "/model/extentlab.ecore", true);
        EPackage model = (EPackage) resources.getResource(ecore, true).getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(model));
        genModel.setModelDirectory("/" + BUNDLE + "/src-gen");
        genModel.setModelPluginID(BUNDLE);
        genModel.setModelName("Extentlab");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.getForeignModel().add("extentlab.ecore");
        genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setUpdateClasspath(false);
        genModel.setBundleManifest(false);
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setCopyrightFields(false);
        genModel.setCanGenerate(true);
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Extentlab");
        genPackage.setBasePackage("org.extentlab");

        Resource genModelResource = resources
                .createResource(URI.createPlatformResourceURI(BUNDLE + "/model/extentlab.genmodel", true));
        genModelResource.getContents().add(genModel);
        genModelResource.save(Map.of());

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() >= Diagnostic.ERROR) {
            System.err.println(result);
            System.exit(1);
        }
        System.out.println("generated " + bundle.resolve("src-gen"));
    }
}
