package org.sourcebook.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.lesson.BlockKind;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.EnglishSegmenter;

class DraftingEngineTest {

    private static final DraftingEngine ENGINE = DraftingEngine.english();
    private final DocumentVersion demo = GoldSetEvaluationTest.versionOf(GoldSet.load("khojaly"));
    private final DocumentVersion biography = GoldSetEvaluationTest.versionOf(GoldSet.load("marie-curie"));

    @Test
    void theSameVersionAlwaysGivesTheSameDraftIdsIncluded() {
        assertThat(ENGINE.draft(demo, DraftOptions.DEFAULTS)).isEqualTo(ENGINE.draft(demo, DraftOptions.DEFAULTS));
    }

    @Test
    void everyItemIsADraftCitingTheVersionAndNamingTheStatementAsItsSource() {
        for (Item item : ENGINE.draft(demo, DraftOptions.DEFAULTS).items()) {
            assertThat(item.info().status()).isEqualTo(ItemStatus.DRAFT);
            assertThat(item.info().origin()).isEqualTo(ItemOrigin.DRAFTED);
            assertThat(item.prompt().toLowerCase(java.util.Locale.ROOT)).containsAnyOf("according to the statement, ", "this statement",
                    "the statement", "this text");
            assertThat(item.info().citations()).isNotEmpty().allMatch(span -> span.isValidIn(demo));
        }
    }

    @Test
    void aTextOfAFewHundredWordsGetsFewDraftsEachFactAskedOnce() {
        for (DocumentVersion version : List.of(demo, biography)) {
            List<Item> items = ENGINE.draft(version, DraftOptions.DEFAULTS).items();
            int words = version.text().split("\\s+").length;

            assertThat(items.size() * 100.0 / words).as("items per 100 words").isLessThanOrEqualTo(8);
            Map<Integer, Long> perSentence = items.stream().filter(item -> item.info().citations().size() == 1)
                    .filter(item -> !LessonDrafter.isSourceAnalysis(item))
                    .collect(Collectors.groupingBy(item -> item.info().citations().get(0).start(), Collectors.counting()));
            assertThat(perSentence.values()).allMatch(count -> count <= Selection.PER_SENTENCE);
            assertThat(DraftChecks.english().failures(items, version).values()).noneMatch(failures -> failures.contains(
                    DraftChecks.Failure.REPEATED));
        }
    }

    @Test
    void referenceMarkersAndReferenceListsAreNeverAskedNorShown() {
        String text = """
                Tay Bridge

                The bridge opened on 1 June 1878 after six years of work.[3] It carried the North British Railway across \
                the Firth of Tay for 3,264 metres.[4][a] The central spans fell on 28 December 1879, killing 59 people.[citation needed]

                Inquiry[edit]
                The Court of Inquiry reported on 30 June 1880 that the bridge had been badly designed.[12]

                References[edit]
                1. ^ Prebble, John (1956). The High Girders. London: Secker & Warburg. pp. 4–9.
                2. ^ "Tay Bridge disaster". BBC News. 28 December 2009. Retrieved 12 March 2019.
                """;
        DocumentVersion version = DocumentVersion.of(new DocumentId(new UUID(0, 9)), 1, text, DocumentMetadata.titled("Tay Bridge"),
                new EnglishSegmenter());

        List<Item> items = ENGINE.draft(version, DraftOptions.DEFAULTS).items();

        assertThat(items).isNotEmpty();
        assertThat(items).allSatisfy(item -> {
            assertThat(item.prompt()).doesNotContainPattern("\\[(\\d+|a|edit|citation needed)\\]");
            assertThat(Verdicts.answer(item)).doesNotContain("Prebble", "1956", "2009", "Retrieved");
            assertThat(item.info().citations()).allMatch(span -> span.isValidIn(version) && span.start() < text.indexOf("References"));
        });
        assertThat(items).noneMatch(item -> Verdicts.answer(item).matches(".*\\b(3|4|12)\\b \\*.*"));
    }

    @Test
    void aFigureTheTextGivesTwiceForOneEventIsAskedInItsSentenceNotAsHowMany() {
        List<Item> items = ENGINE.draft(demo, DraftOptions.DEFAULTS.everything()).items();

        assertThat(items).noneMatch(item -> item.prompt().contains("how many people were wounded"));
        assertThat(items).filteredOn(item -> item.prompt().contains("how many families lost all members"))
                .allSatisfy(item -> assertThat(Verdicts.answer(item)).contains("8"));
    }

    @Test
    void aGappedFigureAcceptsItsOtherSpellings() {
        var language = new org.sourcebook.drafting.english.EnglishLanguage();
        Mention figure = language.analyse(demo).sentences().stream().flatMap(sentence -> sentence.mentions().stream())
                .filter(mention -> mention.text().equals("1,275")).findFirst().orElseThrow();

        assertThat(language.acceptedAnswers(figure)).contains("1,275", "1275");
    }

    @Test
    void whatTheStatementIsAboutAndWhomItBlamesAreNeverGapsToFill() {
        List<Item> items = ENGINE.draft(demo, DraftOptions.DEFAULTS.everything()).items();

        assertThat(items).filteredOn(item -> !LessonDrafter.isSourceAnalysis(item))
                .allSatisfy(item -> assertThat(DraftChecks.answerKey(item)).isNotIn("khojaly", "armenia", "azerbaijan"));
        assertThat(items).filteredOn(FactCard.class::isInstance).noneMatch(card -> card.prompt().contains("crimes against humanity"));
    }

    @Test
    void trueFalseStatementsAreBothTrueAndFalseAndFalseOnesChangeAFigureOrADate() {
        List<Item> items = ENGINE.draft(biography, DraftOptions.DEFAULTS.everything()).items();

        List<TrueFalse> statements = items.stream().filter(TrueFalse.class::isInstance).map(TrueFalse.class::cast)
                .filter(item -> !LessonDrafter.isSourceAnalysis(item)).toList();
        assertThat(statements).extracting(TrueFalse::answer).contains(true, false);
        long trueOnes = statements.stream().filter(TrueFalse::answer).count();
        assertThat(Math.abs(2 * trueOnes - statements.size())).isLessThanOrEqualTo(1);
        for (TrueFalse changed : statements.stream().filter(statement -> !statement.answer()).toList()) {
            String quote = Texts.clean(changed.info().citations().get(0).quote());
            String difference = changed.prompt().replaceAll("[^\\d]+", " ").strip();
            assertThat(difference).as(changed.prompt()).isNotEqualTo(quote.replaceAll("[^\\d]+", " ").strip());
        }
    }

    @Test
    void aPersonIsAskedAsAPersonWithOtherPeopleOfTheTextAsWrongOptions() {
        String text = """
                The Harwick Canal

                The Harwick Canal was planned by the engineer Thomas Aldridge in 1791. The survey of the route was carried out by \
                William Penrose, who mapped every lock. The first section was paid for by the banker Samuel Okafor. \
                The aqueduct over the River Lenn was designed by Margaret Ellery, the only woman engineer on the project. \
                The canal was opened in 1798 by the mayor, Henry Whitlock, before a crowd of several thousand people.
                """;
        DocumentVersion version = DocumentVersion.of(new DocumentId(new UUID(0, 11)), 1, text, DocumentMetadata.titled("The Harwick Canal"),
                new EnglishSegmenter());
        List<String> people = List.of("Thomas Aldridge", "William Penrose", "Samuel Okafor", "Margaret Ellery", "Henry Whitlock");

        List<SingleChoice> asked = ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items().stream()
                .filter(SingleChoice.class::isInstance).map(SingleChoice.class::cast)
                .filter(choice -> choice.prompt().contains("which person")).toList();

        assertThat(asked).isNotEmpty().allSatisfy(choice -> assertThat(choice.options()).extracting(ChoiceOption::text)
                .allMatch(option -> people.stream().anyMatch(person -> person.endsWith(option))).doesNotHaveDuplicates());
    }

    @Test
    void aPronounForThePersonOfABiographyIsShownAsTheirNameInBrackets() {
        List<Item> items = ENGINE.draft(biography, DraftOptions.DEFAULTS.everything()).items();

        assertThat(items).anyMatch(item -> item.prompt().contains("[Curie]"));
    }

    @Test
    void limitsCapTheTotalAndEachKind() {
        assertThat(ENGINE.draft(biography, DraftOptions.DEFAULTS.withMaxItems(12)).items()).hasSizeLessThanOrEqualTo(12);
        Map<ItemKind, Long> perKind = ENGINE.draft(biography, DraftOptions.DEFAULTS.withMaxItemsPerKind(2)).items().stream()
                .collect(Collectors.groupingBy(Item::kind, Collectors.counting()));
        assertThat(perKind.values()).allMatch(count -> count <= 2);
    }

    @Test
    void theDemoLessonTeachesStudentsToReadTheStatementAsASource() {
        Draft draft = ENGINE.draft(demo, DraftOptions.DEFAULTS);
        var lesson = draft.lesson();
        Map<ItemId, Item> byId = draft.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));

        assertThat(lesson.problems()).isEmpty();
        assertThat(lesson.title()).contains("29th anniversary of the Khojaly massacre").doesNotContain(".txt");
        assertThat(lesson.blocks()).extracting(block -> block.kind()).contains(BlockKind.READING_EXCERPT, BlockKind.SOURCE_ANALYSIS,
                BlockKind.QUIZ, BlockKind.DISCUSSION_PROMPT);
        SourceAnalysis analysis = lesson.blocks().stream().filter(SourceAnalysis.class::isInstance).map(SourceAnalysis.class::cast)
                .findFirst().orElseThrow();
        assertThat(analysis.origin()).contains("Author: not stated", "2021");
        assertThat(analysis.purpose()).isNotBlank();
        assertThat(analysis.perspective()).contains("“brutally”");
        assertThat(analysis.corroboration()).contains("Human Rights Watch");
        Quiz quiz = lesson.blocks().stream().filter(Quiz.class::isInstance).map(Quiz.class::cast).findFirst().orElseThrow();
        List<Item> questions = quiz.questions().stream().map(byId::get).toList();
        assertThat(questions).filteredOn(LessonDrafter::isSourceAnalysis).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(item -> item.info().tags().contains(Draft.SOURCE_ANALYSIS_TAG));
        assertThat(questions).anyMatch(item -> item.prompt().equals("What is the main purpose of this statement?"));
    }

    @Test
    void aBiographyLessonHasATimelineOfItsOwnDatesInOrder() {
        Draft draft = ENGINE.draft(biography, DraftOptions.DEFAULTS);
        Timeline timeline = draft.lesson().blocks().stream().filter(Timeline.class::isInstance).map(Timeline.class::cast)
                .findFirst().orElseThrow();

        assertThat(timeline.entries()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(timeline.entries()).allMatch(entry -> !entry.text().contains(entry.date()) && !entry.text().endsWith("…"));
        List<Ordering> orderings = draft.items().stream().filter(Ordering.class::isInstance).map(Ordering.class::cast).toList();
        assertThat(orderings).allMatch(Ordering::isTimeline);
    }

    @Test
    void aHowManyQuestionIsAskedWhenOnlyOneFigureCountsThatThing() {
        String text = "The expedition left Bergen in 1893. In all, 13 men sailed on the ship. "
                + "The crossing of Greenland took 49 days and was completed in October 1888. "
                + "The ship was frozen into the ice for three winters before it reached open water again.";
        DocumentVersion version = DocumentVersion.of(new DocumentId(new UUID(0, 10)), 1, text, DocumentMetadata.titled("Voyages"),
                new EnglishSegmenter());
        Map<String, Item> byPrompt = new HashMap<>();
        ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items().forEach(item -> byPrompt.put(item.prompt(), item));

        assertThat(byPrompt.values()).anyMatch(item -> item instanceof ChoiceQuestion || item instanceof Numeric || item instanceof Cloze);
        assertThat(byPrompt.keySet()).noneMatch(prompt -> prompt.contains("{{1}} winters") || prompt.contains("_____ winters"));
    }

    @Test
    void textWithNothingToAskGivesNoItemsAndAStillValidLesson() {
        var version = DocumentVersion.of(new DocumentId(new UUID(0, 2)), 1, "hello there\n\nok", DocumentMetadata.titled("Notes"),
                new EnglishSegmenter());

        Draft draft = ENGINE.draft(version, DraftOptions.DEFAULTS);

        assertThat(draft.items()).filteredOn(item -> !LessonDrafter.isSourceAnalysis(item)).isEmpty();
        assertThat(draft.lesson().problems()).isEmpty();
    }

    @Test
    void termsNamedAfterTheirMeaningOrCalledByNameBecomeCards() {
        String text = """
                How plants make food

                Photosynthesis takes place in the leaves. Chloroplasts contain a green pigment, chlorophyll, which absorbs light \
                energy. Some of the glucose is converted into starch, an insoluble substance that can be stored. \
                A factor that stops the rate from increasing further is called a limiting factor.
                """;
        DocumentVersion version = DocumentVersion.of(new DocumentId(new UUID(0, 12)), 1, text, DocumentMetadata.titled("How plants make food"),
                new EnglishSegmenter());

        Map<String, String> cards = ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items().stream()
                .filter(FactCard.class::isInstance).collect(Collectors.toMap(Item::prompt, Item::canonicalAnswer, (a, b) -> a));

        assertThat(cards).containsEntry("According to the text, what does “chlorophyll” mean?", "A green pigment which absorbs light energy")
                .containsEntry("According to the text, what does “starch” mean?", "An insoluble substance that can be stored")
                .containsEntry("According to the text, what is a limiting factor?", "A factor that stops the rate from increasing further");
    }

    @Test
    void aCountTheTitleGivesAsAnOrdinalIsNotAsked() {
        String text = """
                Address on the Twenty-Fifth Anniversary of Independence

                Twenty-five years ago, on this square, a flag was raised that had never flown before. Our fishermen now land \
                three times the catch they landed then, and 40 new schools have opened across the country.
                """;
        DocumentVersion version = DocumentVersion.of(new DocumentId(new UUID(0, 13)), 1, text,
                DocumentMetadata.titled("Address on the Twenty-Fifth Anniversary of Independence"), new EnglishSegmenter());

        List<Item> items = ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items();

        assertThat(items).isNotEmpty().noneMatch(item -> item.canonicalAnswer().toLowerCase(java.util.Locale.ROOT).contains("twenty-five"));
    }

    @Test
    void aDiaryIsReadAsADiaryNotALetter() {
        String text = """
                From the journal of a traveller, 1847

                Monday May 3rd 1847. Crossed the river on the ferry this morning. I confess I did not feel well.
                Thursday May 13th. Crossed the Big Blue, the water high and swift. One of our oxen was drowned and I wept.
                Saturday May 22nd. Reached the Platte River at last. It is the queerest river I ever saw, and I fear it.
                """;
        DocumentVersion version = DocumentVersion.of(new DocumentId(new UUID(0, 14)), 1, text,
                DocumentMetadata.titled("From the journal of a traveller, 1847"), new EnglishSegmenter());

        Draft draft = ENGINE.draft(version, DraftOptions.DEFAULTS);

        assertThat(draft.lesson().summary()).contains("diary").doesNotContain("letter");
        assertThat(draft.items()).filteredOn(LessonDrafter::isSourceAnalysis)
                .anyMatch(item -> item.canonicalAnswer().contains("To record the writer's own experiences"));
    }

    @Test
    void aQuizAsksAtMostTwoDates() {
        for (String name : JudgedText.names()) {
            Draft draft = ENGINE.draft(JudgedText.load(name).version(), DraftOptions.DEFAULTS);
            List<ItemId> quiz = draft.lesson().blocks().stream().filter(Quiz.class::isInstance).map(Quiz.class::cast)
                    .flatMap(block -> block.questions().stream()).toList();
            long dates = draft.items().stream().filter(item -> quiz.contains(item.id()))
                    .filter(item -> item.prompt().contains("which year completes") || item.prompt().contains("which date completes")).count();
            assertThat(dates).as(name).isLessThanOrEqualTo(2);
        }
    }

    private static DocumentVersion textOf(int id, String title, String text) {
        return DocumentVersion.of(new DocumentId(new UUID(0, id)), 1, text, DocumentMetadata.titled(title), new EnglishSegmenter());
    }

    @Test
    void aSentenceAnEditorDoubtsIsNotAskedAndNoYearOpeningANameIs() {
        DocumentVersion version = textOf(20, "The border question", """
                The border question

                The population of the valley reached about 4.5 million by 1900.[citation needed] Traders crossed the \
                river under the 1998 Agreement on Border Trade. The first customs post opened at Kessary in 1921, and \
                a second followed at Lorne in 1934. Most of the valley's grain went north after 1950.
                """);

        List<Item> items = ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items();

        assertThat(items).isNotEmpty().noneMatch(item -> item.prompt().contains("4.5 million") || item.canonicalAnswer().contains("1900"))
                .noneMatch(item -> item.canonicalAnswer().equals("1998"));
    }

    @Test
    void wrongAnswersForADateInTheYearADocumentIsAboutKeepThatYearAndForAPlaceNeverOverlapIt() {
        DocumentVersion version = textOf(21, "The canal crisis", """
                The canal crisis

                On 26 July 1956 the president announced that the canal company would be taken over by the state. \
                Talks in London failed in August 1956. Israel invaded the peninsula on 29 October 1956. \
                A ceasefire was agreed on 6 November 1956, and the first peacekeepers landed in November 1956. \
                Large amounts of grain continued to be exported from Ireland to Britain throughout the crisis. \
                Ships from England, Scotland and Wales, and from France, Norway and Greece, waited at the canal's northern end.
                """);

        List<ChoiceQuestion> choices = ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items().stream()
                .filter(ChoiceQuestion.class::isInstance).map(ChoiceQuestion.class::cast).toList();

        ChoiceQuestion date = choices.stream().filter(item -> rightAnswer(item).equals("26 July 1956")).findFirst().orElseThrow();
        assertThat(date.options()).extracting(ChoiceOption::text).allMatch(option -> option.endsWith("1956"));
        List<ChoiceQuestion> britain = choices.stream().filter(item -> rightAnswer(item).equals("Britain")).toList();
        assertThat(britain).isNotEmpty().allSatisfy(place -> assertThat(place.options()).extracting(ChoiceOption::text)
                .doesNotContain("England", "Scotland", "Wales"));
    }

    private static String rightAnswer(ChoiceQuestion question) {
        return question.options().stream().filter(ChoiceOption::correct).map(ChoiceOption::text).findFirst().orElseThrow();
    }

    @Test
    void aSpeechGetsNoDefinitionCardsOfItsRhetoricAndAHeadingIsNoDefinition() {
        DocumentVersion speech = textOf(22, "Address at the opening of the dam", """
                Address at the opening of the dam, 17 May 1960

                Ladies and gentlemen, today we open the greatest work this country has ever seen. Copper is the lifeblood \
                of our economy, and this dam will keep that blood flowing. The lake behind it covers 5,000 square kilometres.
                """);
        DocumentVersion explainer = textOf(23, "Antibiotic resistance", """
                Antibiotic resistance: why our medicines are losing their power

                Resistance is an example of natural selection at work. A plasmid is a small ring of DNA that can pass between bacteria.
                """);

        assertThat(ENGINE.draft(speech, DraftOptions.DEFAULTS.everything()).items()).noneMatch(FactCard.class::isInstance);
        assertThat(ENGINE.draft(explainer, DraftOptions.DEFAULTS.everything()).items()).filteredOn(FactCard.class::isInstance)
                .extracting(Item::canonicalAnswer).containsExactly("A small ring of DNA that can pass between bacteria");
    }

    @Test
    void aSentenceThatGivesAReasonBecomesACardAskingWhy() {
        DocumentVersion version = textOf(24, "How plants store food", """
                How plants store food

                Plants turn some of their glucose into starch. Starch is a useful storage molecule because it is insoluble, \
                so it does not affect osmosis. Most geologists rejected the idea, mainly because nobody could explain the force \
                behind it. Wash your hands often so that fewer infections happen. We built the dam because the country needed power.
                """);

        Map<String, String> cards = ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items().stream()
                .filter(FactCard.class::isInstance).filter(item -> item.prompt().endsWith("Why?"))
                .collect(Collectors.toMap(Item::prompt, Item::canonicalAnswer));

        assertThat(cards).containsEntry("According to the source, starch is a useful storage molecule. Why?",
                        "Because it is insoluble, so it does not affect osmosis.")
                .containsEntry("According to the source, most geologists rejected the idea. Why?",
                        "Mainly because nobody could explain the force behind it.")
                .as("no card of an instruction or of the author's own voice").hasSize(2);
    }

    @Test
    void aKeyEventBecomesACardOnlyWhereItsDateNamesOneEvent() {
        DocumentVersion version = textOf(25, "The Norman Conquest", """
                The Norman Conquest

                Duke William of Normandy landed at Pevensey in Sussex on 28 September 1066 with a large army. \
                The English army under King Harold met the Normans near Hastings on 14 October 1066. \
                William was crowned king of England in Westminster Abbey on 25 December 1066. \
                The Domesday survey of English landholding was completed in 1086. In 1086 William also held a great council at Salisbury.
                """);

        Map<String, String> cards = ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items().stream()
                .filter(FactCard.class::isInstance).filter(item -> item.prompt().contains("what happened"))
                .collect(Collectors.toMap(Item::prompt, Item::canonicalAnswer));

        assertThat(cards).containsEntry("According to the text, what happened on 14 October 1066?",
                "The English army under King Harold met the Normans near Hastings.")
                .as("1086 names two events").noneSatisfy((prompt, back) -> assertThat(prompt).contains("1086"));
    }

    @Test
    void listsPostsAndSeriesAreNotReadAsDefinitions() {
        DocumentVersion version = textOf(26, "Notes on the crisis", """
                Notes on the crisis

                The committee discussed an air strike on the missile sites, an invasion of the island, diplomatic pressure and a \
                naval blockade. In 1943 she was elected its secretary, a post she held for many years. In December 1898 they \
                announced a second element, radium, named from the Latin word for ray. Tiny swimming snails called pteropods, an \
                important food for salmon, have thin shells.
                """);

        assertThat(ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items()).filteredOn(FactCard.class::isInstance)
                .extracting(Item::canonicalAnswer)
                .noneMatch(answer -> answer.startsWith("An invasion") || answer.startsWith("A post") || answer.startsWith("A second")
                        || answer.startsWith("An important food"));
    }

    @Test
    void aSentenceWhoseItOrThisPointsBackIsShownAfterTheSentenceItPointsTo() {
        DocumentVersion version = textOf(27, "The plague", """
                The plague began in the steppes of Central Asia in the 1330s. In 1347 it reached the Black Sea port of Caffa. \
                Merchants from Genoa traded at Caffa for many years. Ships carried the disease from Caffa to Messina in Sicily, \
                and by 1350 it had reached Norway. In 2011 scientists confirmed this by reading the DNA of the bacterium in \
                skeletons from a London cemetery.
                """);

        List<Item> items = ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items();

        assertThat(items).filteredOn(item -> item.canonicalAnswer().endsWith("1347") && item.prompt().contains("Caffa")).isNotEmpty()
                .allMatch(item -> item.prompt().contains("The plague began"));
        assertThat(items).filteredOn(item -> item.prompt().contains("confirmed this"))
                .allMatch(item -> item.prompt().contains("Ships carried the disease"));
    }

    @Test
    void aMemoirIsReadAsAMemoirNotASpeech() {
        DocumentVersion version = textOf(28, "The Other Side of the Bridge", """
                I was thirty-one years old in the autumn of 1989, and I worked as a nurse in a hospital in Pankow. My \
                husband and I had a small flat on the third floor, and I remember that the winter came early that year. On \
                the evening of 9 November I was at home when my neighbour knocked at the door. She told me that the border \
                was open. I did not believe her at first. We walked to the bridge together, and I saw the guards stand aside \
                while thousands of people crossed.
                """);

        Draft draft = ENGINE.draft(version, DraftOptions.DEFAULTS);

        assertThat(draft.lesson().summary()).contains("memoir").doesNotContain("speech");
        assertThat(draft.items()).filteredOn(LessonDrafter::isSourceAnalysis)
                .anyMatch(item -> item.canonicalAnswer().contains("own memories of events they lived through"));
    }

    @Test
    void whatADocumentSaysItIsAtItsHeadOrItsPublisherSaysDecidesItsKind() {
        DocumentVersion statement = textOf(29, "Ministry rejects claims on the dam", """
                MINISTRY OF WATER
                PRESS STATEMENT

                The Ministry firmly rejects the claims made on 8 March by its neighbour. The flow of the river fell by 6 per \
                cent in 2023, not by 40 per cent as the neighbour says. Again, this is false. The dam does not consume water.
                """);
        DocumentVersion history = textOf(30, "The Invincible Armada (Chapter XXIV of A School History of England)", """
                For many years the relations between England and Spain had been growing steadily worse, and it was plain \
                that the quarrel must be settled by the sword. The English fleet sailed out of Plymouth in July 1588, and \
                their guns did terrible execution among the crowded Spanish decks.
                """);
        DocumentVersion report = DocumentVersion.of(new DocumentId(new UUID(0, 31)), 1, """
                ISMAILIA, Nov. 18.

                The great work is accomplished. Yesterday morning the Imperial yacht entered the Canal, and before \
                nightfall she lay at anchor in Lake Timsah, followed by a long line of vessels.
                """, new DocumentMetadata("The Opening of the Suez Canal", null, "The Morning Intelligencer (London)", null, null, null, null),
                new EnglishSegmenter());

        DocumentVersion dispatch = textOf(37, "All 33 miners freed", """
                COPIAPÓ, Chile, 14 October 2010 — The last of the 33 miners trapped beneath the desert was hauled to the \
                surface on Wednesday night, ending a rescue that gripped the world. The foreman was the last man out.
                """);
        DocumentVersion physics = textOf(38, "Current and resistance", """
                The current I in a wire is measured in amperes. We use the equation V = I × R, where I is the current and \
                R is the resistance. If I doubles while R stays the same, V doubles too. A resistor of 10 ohms with a \
                current of 2 amperes has a potential difference of 20 volts across it.
                """);

        DocumentVersion interview = textOf(44, "Learning to walk again: an interview with astronaut Helen Marsh", """
                Welcome back. How does it feel to be on Earth?

                Heavy! Everything is heavy. For the first few days I could hardly lift my head off the pillow.

                What time does an astronaut get up?

                The station runs on Greenwich Mean Time, so the alarm goes off at about six o'clock.
                """);

        DocumentVersion notAGreeting = textOf(45, "Campaigners welcome the new park", """
                Friends of the Earth said on Monday that the new park would cool the city centre. The council planted \
                400 trees in 2024, and the park opened to the public in March 2025 after two years of work.
                """);

        assertThat(ENGINE.draft(notAGreeting, DraftOptions.DEFAULTS).lesson().summary()).doesNotContain("speech");
        assertThat(ENGINE.draft(interview, DraftOptions.DEFAULTS).lesson().summary()).contains("the interview");
        assertThat(ENGINE.draft(dispatch, DraftOptions.DEFAULTS).lesson().summary()).contains("the report");
        assertThat(ENGINE.draft(physics, DraftOptions.DEFAULTS).lesson().summary()).doesNotContain("speech");
        assertThat(ENGINE.draft(statement, DraftOptions.DEFAULTS).lesson().summary()).contains("the statement");
        assertThat(ENGINE.draft(history, DraftOptions.DEFAULTS).lesson().summary()).doesNotContain("statement");
        assertThat(ENGINE.draft(report, DraftOptions.DEFAULTS).lesson().summary()).contains("the report");
    }

    @Test
    void aTimelineHasOnlyTheDatesOnWhichThingsHappenedAndNamesWithoutBrackets() {
        DocumentVersion version = textOf(32, "The end of apartheid", """
                The National Party won the election of 1948 and began to build apartheid. In 1952 the African National \
                Congress launched the Defiance Campaign against unjust laws. In 1956 the police arrested 156 leaders and \
                charged them with high treason. The Treason Trial dragged on until 1961, when all the remaining \
                defendants were acquitted. An early report (Commission B, 1962) blamed the police. Under the 1998 \
                Reconciliation Agreement, both parties are members of a joint committee. In February and March 1990 the \
                talks were held in Cape Town. In 1960 the police killed 69 people at Sharpeville. In 1994 South Africa \
                held its first election with universal adult suffrage.
                """);

        Timeline timeline = ENGINE.draft(version, DraftOptions.DEFAULTS).lesson().blocks().stream().filter(Timeline.class::isInstance)
                .map(Timeline.class::cast).findFirst().orElseThrow();

        assertThat(timeline.entries()).extracting(entry -> entry.date())
                .contains("1948", "1952", "1960").doesNotContain("1961", "1962", "1998", "March 1990");
        assertThat(timeline.entries()).noneMatch(entry -> entry.text().contains("[") || entry.text().contains("( )"));
    }

    @Test
    void aLongTextsExcerptReadsEverySectionAndKeepsAListWithTheLineThatIntroducesIt() {
        String[] sections = {"Background", "The accident", "The response", "The inquiry", "Legacy"};
        StringBuilder text = new StringBuilder("The Harwick mine disaster\n\n");
        for (int section = 0; section < sections.length; section++) {
            text.append(sections[section]).append("\n\n");
            for (int paragraph = 0; paragraph < 4; paragraph++) {
                text.append("In the ").append(section + 1).append(paragraph + 1).append("th hour the miners of Harwick ")
                        .append("worked the deep seam ").append(sections[section].toLowerCase()).append(" number ").append(paragraph)
                        .append(", and the engineers recorded the gas, the water and the pressure of the rock with great care. ")
                        .append("Their notes were kept in the office of the company, where the clerks copied them each evening ")
                        .append("into a ledger that survives today.\n\n");
            }
            if (section == 2) {
                text.append("The rescuers brought three kinds of equipment:\n\nbreathing sets from the station\n\n")
                        .append("lamps that warned of gas\n\nstretchers for the injured\n\n");
            }
        }
        DocumentVersion version = textOf(33, "The Harwick mine disaster", text.toString());

        ReadingExcerpt excerpt = ENGINE.draft(version, DraftOptions.DEFAULTS).lesson().blocks().stream()
                .filter(ReadingExcerpt.class::isInstance).map(ReadingExcerpt.class::cast).findFirst().orElseThrow();

        List<String> read = excerpt.passages().stream().map(span -> span.quote()).toList();
        for (String section : sections) {
            assertThat(read).as(section).anyMatch(passage -> passage.contains(section.toLowerCase() + " number"));
        }
        if (read.contains("The rescuers brought three kinds of equipment:")) {
            assertThat(read).contains("breathing sets from the station", "lamps that warned of gas", "stretchers for the injured");
        }
    }

    @Test
    void aTermsWrongOptionsAreTermsOfTheSameNumber() {
        DocumentVersion version = textOf(34, "Governing the Mughal empire", """
                The emperor's chief minister was called the vakil. Tax was assessed by a system called zabt. The land \
                grant was called a jagir. The emperor's council met in a hall called the diwan. The vakil and the diwan \
                kept the jagir and the zabt in order. The empire was divided into provinces called subas. Officers were \
                known as mansabdars. Land was measured by officials called amils. Revenue was recorded by clerks called \
                qanungos.
                """);

        List<SingleChoice> questions = ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items().stream()
                .filter(SingleChoice.class::isInstance).map(SingleChoice.class::cast)
                .filter(question -> question.prompt().contains("which term completes")).toList();

        assertThat(questions).isNotEmpty().allSatisfy(question -> {
            boolean plural = question.options().stream().filter(ChoiceOption::correct).findFirst().orElseThrow().text().endsWith("s");
            assertThat(question.options()).extracting(ChoiceOption::text).allMatch(option -> option.endsWith("s") == plural);
        });
    }

    @Test
    void aFigureInAnAsideIsNeverWhatMakesAStatementFalseAndAFormulaHasNoYears() {
        DocumentVersion version = textOf(35, "Free buses", """
                Wenmouth, a city of about 240,000 people, became the largest place in Britain to abolish bus fares in 2019. \
                Passenger numbers rose by 36 per cent in the first year, and the scheme cost £27 million a year. Unlike \
                Hubble, which orbits about 540 kilometres above Earth, the new telescope sits 1.5 million kilometres away. \
                In the practical, the rate of reaction is found using the formula rate = 1000 ÷ time.
                """);

        List<Item> items = ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items();

        assertThat(items).filteredOn(item -> item instanceof TrueFalse statement && !statement.answer())
                .noneMatch(item -> !item.prompt().contains("240,000") && item.prompt().contains("a city of about"))
                .noneMatch(item -> !item.prompt().contains("540") && item.prompt().contains("which orbits about"));
        assertThat(items).noneMatch(item -> item.prompt().contains("happened in 1000") || item.prompt().contains("which year")
                && item.prompt().contains("rate = _____"));
    }

    @Test
    void aKeyWordsBoxIsReadWithoutFullStopsButNotAFactBoxAStageOrAPracticalsLabel() {
        DocumentVersion version = textOf(36, "Digestion", """
                Key words

                digestion – the breakdown of large, insoluble food molecules into small, soluble molecules

                enzyme – a protein that acts as a biological catalyst, speeding up a reaction

                Bricks used – about 318 million

                Egestion – in the large intestine, much of the remaining water is absorbed.

                Aim: to find out how pH affects the rate at which amylase breaks down starch.

                Food is broken down in the gut by enzymes. The small intestine absorbs the small molecules into the blood.
                """);

        List<String> meanings = ENGINE.draft(version, DraftOptions.DEFAULTS.everything()).items().stream()
                .filter(FactCard.class::isInstance).map(Item::canonicalAnswer).toList();

        assertThat(meanings).contains("The breakdown of large, insoluble food molecules into small, soluble molecules")
                .noneMatch(meaning -> meaning.contains("318 million") || meaning.startsWith("In the large intestine")
                        || meaning.startsWith("To find out"));
    }

    @Test
    void aDatelineDatesTheReportAndIsNeverAskedNorTakenForAnEvent() {
        DocumentVersion version = textOf(39, "All 33 miners freed", """
                COPIAPÓ, Chile, 14 October 2010 — The last of the 33 miners trapped beneath the Atacama desert was hauled \
                to the surface on Wednesday night. The men had been trapped since the collapse on 5 August 2010, and for \
                17 days nobody knew whether they were alive. In 1945 a smaller mine on the same hill had closed. The \
                rescue capsule, called Phoenix, was built by engineers of the Chilean navy.
                """);

        Draft draft = ENGINE.draft(version, DraftOptions.DEFAULTS.everything());

        assertThat(draft.items()).isNotEmpty().noneMatch(item -> item.prompt().contains("COPIAPÓ, Chile, _____"));
    }

    @Test
    void judgingWordsAreTheAuthorsOwnNotThoseItReportsAndASpeechThatAsksIsOneSided() {
        DocumentVersion biography = textOf(40, "Martin Luther King Jr.", """
                Martin Luther King Jr. was born in Atlanta in 1929. He argued that people have a moral responsibility to \
                disobey unjust laws. Conservative writers saw the marchers as a violent and bloodthirsty mob. Loggers cleared \
                the forest by illegal logging in the 1950s. In 1964 he received the Nobel Peace Prize in Oslo.
                """);
        DocumentVersion speech = textOf(41, "Why we are asking for a phone-free school day", """
                Good evening, everyone, and thank you for coming. From September, we want Oakfield Park to become a \
                phone-free school. Last term our teachers logged about 400 incidents in lessons. We ask every parent here \
                tonight to support the plan. Please join us, and talk to your children about it this week.
                """);

        assertThat(ENGINE.draft(biography, DraftOptions.DEFAULTS.everything()).items())
                .noneMatch(item -> item.prompt().contains("judge") && item.canonicalAnswer().matches("(?s).*(unjust|bloodthirsty|illegal).*"));
        assertThat(ENGINE.draft(speech, DraftOptions.DEFAULTS).lesson().summary()).contains("what it claims, how it argues");
    }

    @Test
    void aDocumentsOwnListOfDatesIsItsTimeline() {
        DocumentVersion version = textOf(42, "Martin Luther King Jr.", """
                Martin Luther King Jr. was a Baptist minister and a leader of the civil rights movement. In 1954 King became \
                pastor of a church in Montgomery, Alabama. In 1969 a man pleaded guilty to the killing.

                Key dates

                15 January 1929 – Born in Atlanta, Georgia

                1955 – Receives his doctorate from Boston University

                5 December 1955 – Montgomery Bus Boycott begins

                28 August 1963 – Delivers "I Have a Dream" speech at the March on Washington

                4 April 1968 – Assassinated in Memphis, Tennessee
                """);

        Timeline timeline = ENGINE.draft(version, DraftOptions.DEFAULTS).lesson().blocks().stream().filter(Timeline.class::isInstance)
                .map(Timeline.class::cast).findFirst().orElseThrow();

        assertThat(timeline.entries()).extracting(entry -> entry.date())
                .containsExactly("15 January 1929", "5 December 1955", "28 August 1963", "4 April 1968");
        assertThat(timeline.entries()).extracting(entry -> entry.text()).contains("Montgomery Bus Boycott begins");
    }

    @Test
    void aTextThatDefinesItsTermsButGivesFewOtherQuestionsIsAskedForItsTerms() {
        DocumentVersion version = textOf(43, "Enzymes", """
                Key words

                enzyme – a protein that acts as a biological catalyst, speeding up a reaction without being used up

                substrate – the molecule an enzyme acts on

                active site – the part of an enzyme where the substrate binds

                digestion – the breakdown of large, insoluble food molecules into small, soluble molecules

                Enzymes work best at body temperature. Each enzyme fits only one kind of substrate.
                """);

        List<SingleChoice> questions = ENGINE.draft(version, DraftOptions.DEFAULTS).items().stream().filter(SingleChoice.class::isInstance)
                .map(SingleChoice.class::cast).filter(question -> question.prompt().contains("which term means")).toList();

        assertThat(questions).isNotEmpty().allSatisfy(question -> assertThat(question.options()).extracting(ChoiceOption::text)
                .allMatch(option -> List.of("enzyme", "substrate", "active site", "digestion").contains(option)));
    }
}
