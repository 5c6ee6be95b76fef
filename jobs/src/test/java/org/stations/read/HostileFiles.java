package org.stations.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import static org.stations.read.Fixtures.fixture;
import static org.stations.read.Fixtures.seed;

/**
 * Files that are no report, made on purpose, each with the one line quarantine gives it: the twelve the readers were
 * first tested with, then the limits added for issue 9 (item 6). Used by the readers' tests and by an ingest through
 * the command line.
 */
public final class HostileFiles {
    private HostileFiles() {}

    private static final int MIB = 1024 * 1024;

    public record Hostile(String name, byte[] bytes, String reason) {}

    public static List<Hostile> all() {
        try {
            return List.of(
                    new Hostile("empty.txt", new byte[0], "empty file"),
                    new Hostile("big.txt", new byte[51 * MIB], "file too large: 51.0 MiB > 50 MiB"),
                    new Hostile("long.txt", textOfChars(), "text too long: 2000008 characters > 2000000"),
                    new Hostile("cover.txt", "广州市流花街社工服务站 末期评估报告\n\n评估日期：2024年3月15日\n".getBytes(StandardCharsets.UTF_8),
                            "too little text to be a report: 32 characters"),
                    new Hostile("noise.txt", randomBinary(), "binary content, not text"),
                    new Hostile("picture.txt", png(), "PNG image, not a report document"),
                    new Hostile("half.docx", Arrays.copyOf(fixture("seed001.docx"), fixture("seed001.docx").length / 2),
                            "corrupt or unsupported .docx: Truncated ZIP file"),
                    new Hostile("reports.zip", zipOfTheSeed(), "zip archive without word/document.xml, not a .docx report"),
                    new Hostile("report.doc", legacyDoc(), "legacy .doc format is not supported; save as .docx"),
                    new Hostile("locked.docx", encryptedDocx(),
                            "password-protected document is not supported; remove the password and save as .docx"),
                    new Hostile("locked.pdf", PdfReaderTest.encrypted(fixture("seed001.pdf"), "owner-secret", "user-secret"),
                            "PDF is password-protected"),
                    new Hostile("scan.pdf", PdfReaderTest.imageOnlyPdf(), "PDF has no text layer (scanned image?)"),
                    // issue 9, item 6
                    new Hostile("cut.pdf", Arrays.copyOf(fixture("seed001.pdf"), fixture("seed001.pdf").length / 2),
                            "PDF is truncated (no %%EOF at its end)"),
                    new Hostile("pages.pdf", blankPages(PdfReader.MAX_PAGES + 1), "PDF too long: 501 pages > 500"),
                    new Hostile("bomb.docx", docxWithBody(ratioBomb()), ".docx refused as a zip bomb: a part inflates more than 100-fold"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 2,000,008 characters of text: over the character limit. */
    static byte[] textOfChars() {
        return "评估报告正文。\n".repeat(250_001).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] randomBinary() {
        byte[] noise = new byte[64 * 1024];
        new Random(11).nextBytes(noise);
        noise[0] = 0x42; // not a magic number we know
        return noise;
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    static byte[] zipOfTheSeed() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("report.txt"));
            out.write(seed("001"));
        }
        return zip.toByteArray();
    }

    /** An OLE2 compound file with a WordDocument stream, as Word 97-2003 writes. */
    static byte[] legacyDoc() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** Word stores a password-protected .docx inside an OLE2 container. */
    static byte[] encryptedDocx() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(fixture("seed001.docx")));
                 OutputStream data = encryptor.getDataStream(fs)) {
                docx.save(data);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static byte[] blankPages(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A body of 15 MB of one character repeated: it deflates about a thousandfold. */
    static Body ratioBomb() {
        return out -> {
            byte[] chunk = "社".repeat(MIB / 3).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 15; i++) out.write(chunk);
        };
    }

    /**
     * A body of 65 MiB of random digits (one MiB written 65 times: deflate remembers only the last 32 KiB, so the
     * repeats deflate no better): about twofold, yet it unpacks past the 64 MiB a part may have.
     */
    static Body sizeBomb() {
        return out -> {
            Random r = new Random(7);
            byte[] chunk = new byte[MIB];
            for (int j = 0; j < chunk.length; j++) chunk[j] = (byte) ('0' + r.nextInt(10));
            for (int i = 0; i < 65; i++) out.write(chunk);
        };
    }

    /** Text written into the one paragraph of a document's body. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** seed001.docx with its word/document.xml replaced by one paragraph of {@code body}. */
    static byte[] docxWithBody(Body body) throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(fixture("seed001.docx")));
             ZipOutputStream out = new ZipOutputStream(docx)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (!e.getName().equals("word/document.xml")) { in.transferTo(out); continue; }
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                        + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeTo(out);
                out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return docx.toByteArray();
    }
}
