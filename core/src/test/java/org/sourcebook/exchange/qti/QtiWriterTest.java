package org.sourcebook.exchange.qti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.exchange.items.ExportSet;
import org.sourcebook.exchange.items.FixedIds;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;
import org.sourcebook.exchange.items.RandomTexts;
import org.sourcebook.exchange.items.SampleItems;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QtiWriterTest {

    private static final String ID = "0d1f7c2a-5b7e-4c1e-9a55-3f0e1d2c3b4a";
    private static final Optional<QtiSchemas> SCHEMAS = QtiSchemas.find();

    private final QtiWriter writer = new QtiWriter();

    @Test
    void singleChoiceIsAChoiceInteractionWithEscapedTextInlineOptionFeedbackAndAlwaysShownFeedback() {
        Item item = FixedIds.withId(SampleItems.singleChoice(), ID);

        String xml = itemFile(item);

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqtiasi_v3p0 \
                https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd" \
                identifier="item-0d1f7c2a-5b7e-4c1e-9a55-3f0e1d2c3b4a" \
                title="Which town does the source name? (ə: 1 = 2 ~ 3 # 4 {5})" adaptive="false" time-dependent="false">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
                    <qti-correct-response>
                      <qti-value>choice-1</qti-value>
                    </qti-correct-response>
                  </qti-response-declaration>
                  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">
                    <qti-default-value>
                      <qti-value>0</qti-value>
                    </qti-default-value>
                  </qti-outcome-declaration>
                  <qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>
                  <qti-outcome-declaration identifier="CHOICE_FEEDBACK" cardinality="single" base-type="identifier"/>
                  <qti-item-body>
                    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1" shuffle="false">
                      <qti-prompt>Which town does the source name? (ə: 1 = 2 ~ 3 # 4 {5})</qti-prompt>
                      <qti-simple-choice identifier="choice-1">Xocalı<qti-feedback-inline outcome-identifier="CHOICE_FEEDBACK" \
                identifier="choice-1" show-hide="show"> Yes: the source names Xocalı.</qti-feedback-inline></qti-simple-choice>
                      <qti-simple-choice identifier="choice-2">Şuşa {not} ~ this<qti-feedback-inline \
                outcome-identifier="CHOICE_FEEDBACK" identifier="choice-2" show-hide="show"> Şuşa is named later.\
                </qti-feedback-inline></qti-simple-choice>
                      <qti-simple-choice identifier="choice-3">Ağdam = 1 # 2</qti-simple-choice>
                    </qti-choice-interaction>
                  </qti-item-body>
                  <qti-response-processing>
                    <qti-response-condition>
                      <qti-response-if>
                        <qti-match>
                          <qti-variable identifier="RESPONSE"/>
                          <qti-correct identifier="RESPONSE"/>
                        </qti-match>
                        <qti-set-outcome-value identifier="SCORE">
                          <qti-base-value base-type="float">1</qti-base-value>
                        </qti-set-outcome-value>
                      </qti-response-if>
                      <qti-response-else>
                        <qti-set-outcome-value identifier="SCORE">
                          <qti-base-value base-type="float">0</qti-base-value>
                        </qti-set-outcome-value>
                      </qti-response-else>
                    </qti-response-condition>
                    <qti-set-outcome-value identifier="FEEDBACK">
                      <qti-base-value base-type="identifier">SOLUTION</qti-base-value>
                    </qti-set-outcome-value>
                    <qti-set-outcome-value identifier="CHOICE_FEEDBACK">
                      <qti-variable identifier="RESPONSE"/>
                    </qti-set-outcome-value>
                  </qti-response-processing>
                  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="SOLUTION" show-hide="show">
                    <qti-content-body>
                      <p>See the first paragraph.<br/>Source: “According to the source, 613 people of Xocalı were killed.”</p>
                    </qti-content-body>
                  </qti-modal-feedback>
                </qti-assessment-item>
                """);
    }

    @Test
    void questionWithoutFeedbackUsesTheStandardTemplate() {
        Item item = new ShortAnswer(ItemInfo.written("Capital <city> & \"river\"?"), List.of("Bakı", "BAKU"),
                TextComparison.STRICT);

        String xml = itemFile(item);

        assertThat(xml).contains("""
                <qti-mapping default-value="0">
                      <qti-map-entry map-key="Bakı" mapped-value="1" case-sensitive="true"/>
                      <qti-map-entry map-key="BAKU" mapped-value="1" case-sensitive="true"/>
                    </qti-mapping>""")
                .contains("<p>Capital &lt;city&gt; &amp; &quot;river&quot;?</p>")
                .contains("<qti-response-processing "
                        + "template=\"https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml\"/>")
                .doesNotContain("qti-modal-feedback");
    }

    @Test
    void numericToleranceIsAnEqualComparisonAbsoluteOrInPercent() {
        Numeric absolute = SampleItems.numeric();
        Numeric relative = new Numeric(absolute.info(), absolute.value(), NumericTolerance.relative("0.05"), null);
        Numeric exact = new Numeric(absolute.info(), absolute.value(), NumericTolerance.exact(), null);

        assertThat(itemFile(absolute)).contains("base-type=\"float\"", "<qti-value>613</qti-value>",
                "<qti-equal tolerance-mode=\"absolute\" tolerance=\"0.5\" include-lower-bound=\"true\" "
                        + "include-upper-bound=\"true\">",
                "<p><qti-text-entry-interaction response-identifier=\"RESPONSE\"/> people</p>");
        assertThat(itemFile(relative)).contains("<qti-equal tolerance-mode=\"relative\" tolerance=\"5\"");
        assertThat(itemFile(exact)).contains("<qti-equal tolerance-mode=\"exact\">");
    }

    @Test
    void clozeGapsAreTextEntriesInTheTextScoredOnePointEach() {
        String xml = itemFile(SampleItems.cloze());

        assertThat(xml).contains("<p>According to the source, the events took place in "
                        + "<qti-text-entry-interaction response-identifier=\"RESPONSE-1\"/> in "
                        + "<qti-text-entry-interaction response-identifier=\"RESPONSE-2\"/> {sic}.</p>",
                "<qti-response-declaration identifier=\"RESPONSE-2\" cardinality=\"single\" base-type=\"string\">",
                "<qti-map-entry map-key=\"Khojaly\" mapped-value=\"1\" case-sensitive=\"false\"/>",
                """
                <qti-sum>
                        <qti-map-response identifier="RESPONSE-1"/>
                        <qti-map-response identifier="RESPONSE-2"/>
                      </qti-sum>""")
                .contains("title=\"According to the source, the events took place in ___ in ___ {sic}.\"");
    }

    @Test
    void matchingPairsLeftWithRightAndOrderingShufflesTheEntries() {
        assertThat(itemFile(SampleItems.matching())).contains("cardinality=\"multiple\" base-type=\"directedPair\"",
                "<qti-value>left-3 right-3</qti-value>", "max-associations=\"3\" shuffle=\"true\"",
                "<qti-simple-associable-choice identifier=\"right-3\" match-max=\"1\">a town named nearby"
                        + "</qti-simple-associable-choice>",
                "<qti-simple-associable-choice identifier=\"left-3\" match-max=\"1\">Şuşa = # ~");
        assertThat(itemFile(SampleItems.ordering())).contains("cardinality=\"ordered\" base-type=\"identifier\"",
                "<qti-order-interaction response-identifier=\"RESPONSE\" shuffle=\"true\">",
                "<qti-simple-choice identifier=\"entry-2\">The attack starts at night</qti-simple-choice>");
    }

    @Test
    void packageHoldsTheManifestTheTestAndOneFilePerQuestionAndSkipsTheFactCard() {
        ExportedFile file = writer.export(new ExportSet("Xocalı: dərs 1", SampleItems.everyKind()));
        QtiPackage qti = QtiPackage.read(file.content());

        assertThat(file.fileName()).isEqualTo("xocali-ders-1.qti.zip");
        assertThat(file.format()).isEqualTo(ItemFormat.QTI);
        assertThat(file.skipped()).containsExactly(new ItemIssue(1, SampleItems.factCard().prompt(),
                ItemIssue.Reason.KIND_NOT_SUPPORTED, "FACT_CARD"));
        assertThat(qti.files()).hasSize(10);
        assertThat(List.copyOf(qti.files().keySet()).subList(0, 2)).containsExactly("imsmanifest.xml", "assessment-test.xml");
        Document manifest = QtiPackage.parse(qti.file("imsmanifest.xml"));
        List<Element> resources = elements(manifest, "resource");
        assertThat(resources).hasSize(9);
        assertThat(resources.get(0).getAttribute("type")).isEqualTo("imsqti_test_xmlv3p0");
        for (Element resource : resources.subList(1, 9)) {
            String href = resource.getAttribute("href");
            assertThat(resource.getAttribute("type")).isEqualTo("imsqti_item_xmlv3p0");
            assertThat(elements(resource, "file").get(0).getAttribute("href")).isEqualTo(href);
            Element item = QtiPackage.parse(qti.file(href)).getDocumentElement();
            assertThat(item.getLocalName()).isEqualTo("qti-assessment-item");
            assertThat(item.getNamespaceURI()).isEqualTo("http://www.imsglobal.org/xsd/imsqtiasi_v3p0");
            assertThat(href).isEqualTo("items/" + item.getAttribute("identifier") + ".xml");
            assertThat(resource.getAttribute("identifier")).isEqualTo(item.getAttribute("identifier"));
        }
        assertThat(manifest.getElementsByTagNameNS(QtiPackageDocuments.LOM_NAMESPACE, "string").item(0).getTextContent())
                .isEqualTo("Xocalı: dərs 1");
        List<String> refs = elements(QtiPackage.parse(qti.file("assessment-test.xml")), "qti-assessment-item-ref")
                .stream().map(ref -> ref.getAttribute("href")).toList();
        assertThat(refs).containsExactlyElementsOf(resources.subList(1, 9).stream().map(r -> r.getAttribute("href")).toList());
    }

    @Test
    void manifestDeclaresTheQtiPackageSchemaAndVersion() {
        Item item = FixedIds.withId(SampleItems.trueFalse(), ID);

        String manifest = QtiPackage.read(writer.export(new ExportSet("Set", List.of(item))).content())
                .file("imsmanifest.xml");

        assertThat(manifest).startsWith("""
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1 \
                https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd" \
                identifier="manifest-""")
                .contains("""
                          <metadata>
                            <schema>QTI Package</schema>
                            <schemaversion>3.0.0</schemaversion>
                        """)
                .contains("""
                            <resource identifier="item-0d1f7c2a-5b7e-4c1e-9a55-3f0e1d2c3b4a" type="imsqti_item_xmlv3p0" \
                        href="items/item-0d1f7c2a-5b7e-4c1e-9a55-3f0e1d2c3b4a.xml">
                              <file href="items/item-0d1f7c2a-5b7e-4c1e-9a55-3f0e1d2c3b4a.xml"/>
                            </resource>
                        """);
    }

    @Test
    void onlyFactCardsGiveAManifestWithoutResources() {
        ExportedFile file = writer.export(new ExportSet("Cards", List.of(SampleItems.factCard())));

        QtiPackage qti = QtiPackage.read(file.content());

        assertThat(qti.files()).containsOnlyKeys("imsmanifest.xml");
        assertThat(file.skipped()).hasSize(1);
    }

    @Test
    void sameSetGivesTheSameBytes() {
        ExportSet set = new ExportSet("Set", SampleItems.everyKind());

        assertThat(writer.export(set).content()).isEqualTo(writer.export(set).content());
    }

    @Test
    void everyExportedDocumentIsValidAgainstTheQti30Schemas() {
        assumeTrue(SCHEMAS.isPresent(), "set QTI_XSD_DIR to a copy of the QTI 3.0 XSDs to run this test");
        QtiSchemas schemas = SCHEMAS.get();
        List<Item> items = Stream.concat(SampleItems.everyKind().stream(), Stream.of(
                new ShortAnswer(ItemInfo.written("No feedback"), List.of("a"), TextComparison.STRICT),
                new Numeric(ItemInfo.written("Relative"), SampleItems.numeric().value(), NumericTolerance.relative("0.05"), null),
                new Numeric(ItemInfo.written("Exact"), SampleItems.numeric().value(), NumericTolerance.exact(), null),
                SampleItems.multipleResponse().withInfo(SampleItems.multipleResponse().info().withFeedback("Both.")))).toList();

        QtiPackage qti = QtiPackage.read(writer.export(new ExportSet("Everything", items)).content());

        for (Map.Entry<String, String> file : qti.files().entrySet()) {
            List<String> errors = file.getKey().equals("imsmanifest.xml")
                    ? schemas.manifestErrors(file.getValue()) : schemas.itemErrors(file.getValue());
            assertThat(errors).as(file.getKey() + "\n" + file.getValue()).isEmpty();
        }
    }

    @Test
    void schemaCheckRejectsAnItemThatBreaksTheSpecification() {
        assumeTrue(SCHEMAS.isPresent(), "set QTI_XSD_DIR to a copy of the QTI 3.0 XSDs to run this test");
        String valid = itemFile(SampleItems.trueFalse());

        List<String> errors = SCHEMAS.get().itemErrors(valid.replace(" time-dependent=\"false\"", ""));

        assertThat(SCHEMAS.get().itemErrors(valid)).isEmpty();
        assertThat(errors).singleElement().asString().contains("time-dependent");
    }

    static Stream<String> randomTexts() {
        return RandomTexts.of(20261126, "<>&\"'~=#{}:\\/;\t\n ə ğ ı ö ş ç ü İ Ə Ğ abc123\u0001\uFFFE😀", 200);
    }

    @ParameterizedTest
    @MethodSource("randomTexts")
    void anyTextSurvivesAsTheSameCharactersInPromptOptionsAndAnswers(String text) {
        Item item = new SingleChoice(ItemInfo.written(text).withFeedback(text),
                List.of(new ChoiceOption(OptionId.of("a"), text, true, ""), ChoiceOption.wrong("b", "other")));
        Item shortAnswer = new ShortAnswer(ItemInfo.written(text), List.of(text), TextComparison.STRICT);
        String expected = text.replaceAll("[\u0001\uFFFE]", "");
        String expectedLines = expected.replace("\n", "");

        Document choice = QtiPackage.parse(itemFile(item));
        Document typed = QtiPackage.parse(itemFile(shortAnswer));

        assertThat(elements(choice, "qti-prompt").get(0).getTextContent()).isEqualTo(expectedLines);
        assertThat(elements(choice, "qti-simple-choice").get(0).getTextContent()).isEqualTo(expectedLines);
        assertThat(elements(choice, "qti-modal-feedback").get(0).getTextContent().strip()).isEqualTo(expectedLines.strip());
        assertThat(elements(typed, "qti-map-entry").get(0).getAttribute("map-key")).isEqualTo(expected);
    }

    private String itemFile(Item item) {
        QtiPackage qti = QtiPackage.read(writer.export(new ExportSet("One", List.of(item))).content());
        return qti.file(QtiItemDocument.path(item));
    }

    private static List<Element> elements(org.w3c.dom.Node parent, String localName) {
        org.w3c.dom.NodeList nodes = parent instanceof Document document
                ? document.getElementsByTagNameNS("*", localName)
                : ((Element) parent).getElementsByTagNameNS("*", localName);
        return IntStream.range(0, nodes.getLength()).mapToObj(index -> (Element) nodes.item(index)).toList();
    }
}
