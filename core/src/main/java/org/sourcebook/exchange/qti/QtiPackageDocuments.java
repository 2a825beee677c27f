package org.sourcebook.exchange.qti;

import java.util.List;
import org.sourcebook.content.item.Item;

/** The package-level documents: the IMS content packaging manifest and the assessment test. */
final class QtiPackageDocuments {

    static final String MANIFEST_NAMESPACE = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    static final String MANIFEST_SCHEMA_LOCATION = MANIFEST_NAMESPACE
            + " https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
    static final String LOM_NAMESPACE = "http://ltsc.ieee.org/xsd/LOM";
    private static final String TEST_RESOURCE = "test";

    private QtiPackageDocuments() {
    }

    /** Lists the test and every item as resources; the test depends on the items. */
    static String manifest(String title, String packageId, List<Item> items) {
        XmlBuilder xml = new XmlBuilder()
                .open("manifest", "xmlns", MANIFEST_NAMESPACE, "xmlns:xsi", QtiItemDocument.XSI,
                        "xsi:schemaLocation", MANIFEST_SCHEMA_LOCATION, "identifier", "manifest-" + packageId)
                .open("metadata")
                .text("schema", "QTI Package")
                .text("schemaversion", "3.0.0")
                .open("lom", "xmlns", LOM_NAMESPACE).open("general").open("title").text("string", title)
                .close().close().close()
                .close()
                .empty("organizations")
                .open("resources");
        if (!items.isEmpty()) {
            xml.open("resource", "identifier", TEST_RESOURCE, "type", "imsqti_test_xmlv3p0", "href", QtiWriter.TEST)
                    .empty("file", "href", QtiWriter.TEST);
            items.forEach(item -> xml.empty("dependency", "identifierref", QtiItemDocument.identifier(item)));
            xml.close();
        }
        for (Item item : items) {
            xml.open("resource", "identifier", QtiItemDocument.identifier(item), "type", "imsqti_item_xmlv3p0",
                            "href", QtiItemDocument.path(item))
                    .empty("file", "href", QtiItemDocument.path(item))
                    .close();
        }
        return xml.close().close().toString();
    }

    /** One test part with one section that references every item in export order. */
    static String test(String title, String packageId, List<Item> items) {
        XmlBuilder xml = new XmlBuilder()
                .open("qti-assessment-test", "xmlns", QtiItemDocument.NAMESPACE, "xmlns:xsi", QtiItemDocument.XSI,
                        "xsi:schemaLocation", QtiItemDocument.SCHEMA_LOCATION, "identifier", "test-" + packageId,
                        "title", title)
                .open("qti-test-part", "identifier", "part-1", "navigation-mode", "nonlinear",
                        "submission-mode", "individual")
                .open("qti-assessment-section", "identifier", "section-1", "title", title, "visible", "true");
        items.forEach(item -> xml.empty("qti-assessment-item-ref", "identifier", QtiItemDocument.identifier(item),
                "href", QtiItemDocument.path(item)));
        return xml.close().close().close().toString();
    }
}
