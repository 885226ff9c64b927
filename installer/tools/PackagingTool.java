// Small helpers for installer/build-installer.sh, run with the JDK's source launcher
// (`java installer/tools/PackagingTool.java <command> ...`), so the installer build needs
// nothing beyond the JDK: no xmllint, zip or python on the build machine.
//
//   pom-version POM                 print the project version (or the parent's, if not set)
//   strip-jar IN OUT FXJAR...       copy IN to OUT without the files that the JavaFX jars FXJAR
//                                   contain (classes, resources, native libraries); META-INF is kept.
//                                   In the installed app JavaFX comes from the jlinked runtime, and a
//                                   second copy on the class path would only be dead weight.

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

public class PackagingTool {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "pom-version" -> {
                if (args.length != 2) usage();
                System.out.println(pomVersion(Path.of(args[1])));
            }
            case "strip-jar" -> {
                if (args.length < 4) usage();
                Set<String> drop = new HashSet<>();
                for (int i = 3; i < args.length; i++) {
                    drop.addAll(fileEntries(Path.of(args[i])));
                }
                int removed = stripJar(Path.of(args[1]), Path.of(args[2]), drop);
                System.out.println("removed " + removed + " JavaFX entries");
            }
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: PackagingTool pom-version POM | strip-jar IN OUT FXJAR...");
        System.exit(2);
    }

    static String pomVersion(Path pom) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        String version = childText(project, "version");
        if (version == null) {
            Element parent = child(project, "parent");
            version = parent == null ? null : childText(parent, "version");
        }
        if (version == null || version.isBlank() || version.contains("${")) {
            throw new IllegalStateException("no literal project version in " + pom);
        }
        return version.trim();
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent();
    }

    /** The file entries of a JavaFX jar that belong to JavaFX (not its manifest or other META-INF files). */
    static Set<String> fileEntries(Path jar) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream()
                .filter(e -> !e.isDirectory())
                .map(ZipEntry::getName)
                .filter(n -> !n.startsWith("META-INF/"))
                .forEach(names::add);
        }
        return names;
    }

    static int stripJar(Path in, Path out, Set<String> drop) throws IOException {
        int removed = 0;
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (JarFile jar = new JarFile(in.toFile(), false);
             OutputStream os = Files.newOutputStream(out);
             ZipOutputStream zos = new ZipOutputStream(os)) {
            // Keep the manifest first, as the jar tool and JarInputStream expect.
            // Directories left empty by the removal are dropped as well.
            Set<String> neededDirs = new HashSet<>();
            for (var it = jar.entries().asIterator(); it.hasNext(); ) {
                ZipEntry e = it.next();
                if (!e.isDirectory() && !drop.contains(e.getName())) {
                    String name = e.getName();
                    for (int i = name.lastIndexOf('/'); i > 0; i = name.lastIndexOf('/', i - 1)) {
                        if (!neededDirs.add(name.substring(0, i + 1))) {
                            break;
                        }
                    }
                }
            }
            ZipEntry manifest = jar.getEntry(JarFile.MANIFEST_NAME);
            if (manifest != null) {
                copy(jar, manifest, zos);
            }
            for (var it = jar.entries().asIterator(); it.hasNext(); ) {
                ZipEntry e = it.next();
                if (e.getName().equals(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                if (drop.contains(e.getName()) || (e.isDirectory() && !neededDirs.contains(e.getName()))) {
                    removed++;
                    continue;
                }
                copy(jar, e, zos);
            }
        }
        return removed;
    }

    private static void copy(ZipFile zip, ZipEntry e, ZipOutputStream zos) throws IOException {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(e.getTime());
        zos.putNextEntry(copy);
        if (!e.isDirectory()) {
            try (InputStream is = zip.getInputStream(e)) {
                is.transferTo(zos);
            }
        }
        zos.closeEntry();
    }
}
