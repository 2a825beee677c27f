package org.sourcebook.exchange.qti;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official QTI 3.0 XSDs, when a copy is on this machine: the directory named by the system
 * property or environment variable {@code QTI_XSD_DIR}, laid out as 1EdTech publishes them
 * ({@code qtiv3p0/}, {@code w3/}, {@code imsmd_loose_v1p3p2.xsd}). They are not in the repository
 * (see src/test/resources/qti/README.md). Imports resolve inside that directory only: the one
 * import that points to the web (xlink, whose components the QTI schemas never use) gets an empty
 * schema, and every other access to the network is refused. Some copies of the W3C schemas carry later
 * namespaces than QTI 3.0 imports; those are read in the namespace QTI imports them under.
 */
final class QtiSchemas {

    static final String DIRECTORY_SETTING = "QTI_XSD_DIR";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    /** Later namespaces some copies of the W3C schemas carry, and the ones QTI 3.0 imports (as 1EdTech's copies have). */
    private static final Map<String, String> W3C_NAMESPACES = Map.of(
            "http://www.w3.org/2010/Math/MathML", "http://www.w3.org/1998/Math/MathML",
            "http://www.w3.org/2010/10/synthesis", "http://www.w3.org/2001/10/synthesis");

    private final Schema items;
    private final Schema manifest;

    private QtiSchemas(Path directory) throws SAXException {
        items = load(directory.resolve(itemSchema(directory)));
        manifest = load(directory.resolve("qtiv3p0/imsqtiv3p0_imscpv1p2_v1p0.xsd"));
    }

    static Optional<QtiSchemas> find() {
        String setting = System.getProperty(DIRECTORY_SETTING, System.getenv(DIRECTORY_SETTING));
        if (setting == null || !Files.isDirectory(Path.of(setting))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QtiSchemas(Path.of(setting)));
        } catch (SAXException e) {
            throw new AssertionError("The QTI schemas in " + setting + " do not load", e);
        }
    }

    /** The base ASI schema where present, else its SBAC profile, which differs only in data-* attributes we never write. */
    private static String itemSchema(Path directory) {
        String base = "qtiv3p0/imsqti_asiv3p0_v1p0.xsd";
        return Files.exists(directory.resolve(base)) ? base : "qtiv3p0/imsqti_asiv3p0_sbacv1p0_v1p0.xsd";
    }

    /** Validation errors of an item or test document; empty when it is valid. */
    List<String> itemErrors(String xml) {
        return errors(items, xml);
    }

    List<String> manifestErrors(String xml) {
        return errors(manifest, xml);
    }

    private static List<String> errors(Schema schema, String xml) {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a document invalid
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    private static Schema load(Path file) throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setResourceResolver(new LocalOnly());
        return factory.newSchema(file.toFile());
    }

    /** Resolves relative imports as usual (null), gives xlink an empty schema, and refuses other web addresses. */
    private static final class LocalOnly implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (XLINK.equals(namespace)) {
                return new Input("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"" + XLINK
                        + "\"/>", systemId, baseUri);
            }
            if (systemId == null || systemId.matches("(?i)https?:.*")) {
                throw new IllegalStateException("The schemas want " + systemId + "; tests do not use the network");
            }
            return local(systemId, baseUri);
        }
    }

    /** A schema file beside the importing one, in the namespace QTI 3.0 imports it under. */
    private static LSInput local(String systemId, String baseUri) {
        URI file = URI.create(baseUri).resolve(systemId);
        try {
            String text = Files.readString(Path.of(file));
            for (Map.Entry<String, String> namespace : W3C_NAMESPACES.entrySet()) {
                text = text.replace(namespace.getKey(), namespace.getValue());
            }
            return new Input(text, file.toString(), baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Input(String text, String systemId, String baseUri) implements LSInput {

        @Override
        public java.io.Reader getCharacterStream() {
            return new StringReader(text);
        }

        @Override
        public void setCharacterStream(java.io.Reader characterStream) {
        }

        @Override
        public java.io.InputStream getByteStream() {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void setByteStream(java.io.InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return text;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return baseUri;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return "UTF-8";
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
