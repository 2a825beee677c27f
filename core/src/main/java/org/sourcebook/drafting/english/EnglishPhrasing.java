package org.sourcebook.drafting.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.drafting.DocumentFacts;
import org.sourcebook.drafting.MentionKind;
import org.sourcebook.drafting.Phrasing;
import org.sourcebook.drafting.SourceKind;
import org.sourcebook.drafting.SourceReading;

/** English wording of drafted items and lessons, naming the document by its kind ("the statement", "the article"). */
final class EnglishPhrasing implements Phrasing {

    /** Kinds a student could mistake for one another: the wrong answers to "what kind of source" come from other groups. */
    private static final List<List<SourceKind>> KIND_GROUPS = List.of(
            List.of(SourceKind.TEXTBOOK, SourceKind.ENCYCLOPEDIA, SourceKind.HISTORY, SourceKind.BIOGRAPHY),
            List.of(SourceKind.DIARY, SourceKind.LETTER, SourceKind.MEMOIR),
            List.of(SourceKind.STATEMENT, SourceKind.REPORT),
            List.of(SourceKind.NEWS),
            List.of(SourceKind.SPEECH),
            List.of(SourceKind.HERITAGE),
            List.of(SourceKind.INTERVIEW));

    /**
     * Kinds whose name says more than the purpose question already does: "an explanatory text" or "a diary kept as events
     * happened" only restate "to explain" or "to record", and judges marked such pairs as one question asked twice.
     */
    private static final Set<SourceKind> KIND_TELLS_MORE = Set.of(SourceKind.ENCYCLOPEDIA, SourceKind.STATEMENT, SourceKind.REPORT,
            SourceKind.SPEECH, SourceKind.LETTER);

    /** Kinds that explain or inform: their strong words describe ("the worst famine"), they seldom take a side. */
    private static final Set<SourceKind> EXPLAINS = Set.of(SourceKind.ENCYCLOPEDIA, SourceKind.TEXTBOOK, SourceKind.HERITAGE,
            SourceKind.GENERAL);
    private final SourceKind kind;
    private final String noun;

    EnglishPhrasing(SourceKind kind) {
        this.kind = kind;
        this.noun = noun(kind);
    }

    /** How items name a document of {@code kind}: "statement", "article", "text" ... */
    static String noun(SourceKind kind) {
        return switch (kind) {
            case STATEMENT -> "statement";
            case ENCYCLOPEDIA -> "article";
            case NEWS, REPORT -> "report";
            case SPEECH -> "speech";
            case LETTER -> "letter";
            case MEMOIR -> "memoir";
            case INTERVIEW -> "interview";
            case DIARY -> "diary";
            case TEXTBOOK, HISTORY, BIOGRAPHY -> "text";
            case GENERAL, HERITAGE -> "source";
        };
    }

    private String according() {
        return "According to the " + noun + ", ";
    }

    @Override
    public String gap() {
        return "_____";
    }

    @Override
    public String attributed(String clause, boolean keepCapital) {
        return according() + start(clause, keepCapital);
    }

    @Override
    public String reported(String clause, boolean keepCapital) {
        return "The " + noun + " says that " + start(clause, keepCapital);
    }

    /** The clause to follow "According to the text, ": its first letter in lower case unless it starts a name or an abbreviation. */
    private static String start(String clause, boolean keepCapital) {
        String trimmed = clause.strip();
        int end = 0;
        while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end)) && ",;:".indexOf(trimmed.charAt(end)) < 0) {
            end++;
        }
        String first = trimmed.substring(0, end);
        boolean abbreviation = first.length() > 1 && first.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return keepCapital || trimmed.isEmpty() || abbreviation ? trimmed
                : trimmed.substring(0, 1).toLowerCase(Locale.ROOT) + trimmed.substring(1);
    }

    @Override
    public String whichCompletes(MentionKind mentionKind, String gappedQuote) {
        String what = switch (mentionKind) {
            case NUMBER -> "number";
            case YEAR -> "year";
            case DATE -> "date";
            case PERSON -> "person";
            case PLACE -> "place";
            case ORGANISATION -> "organisation";
            case NAME -> "name";
            case TERM, KEYWORD -> "term";
        };
        return according() + "which " + what + " completes this sentence? “" + gappedQuote + "”";
    }

    @Override
    public String howMany(String clause) {
        return according() + "how many " + clause + "?";
    }

    @Override
    public String whatIs(String term) {
        return according() + "what is " + term + "?";
    }

    @Override
    public String whatMeans(String term) {
        return according() + "what does “" + term + "” mean?";
    }

    @Override
    public String whichTermMeans(String meaning) {
        return according() + "which term means “" + meaning + "”?";
    }

    @Override
    public String why(String fact, boolean keepCapital) {
        return according() + start(fact, keepCapital) + ". Why?";
    }

    @Override
    public String whatHappened(String date, boolean day) {
        return according() + "what happened " + (day ? "on " : "in ") + date + "?";
    }

    @Override
    public String whoIs(String person) {
        return according() + "who was " + person + "?";
    }

    @Override
    public String sourceSays(String quote) {
        return "The " + noun + " says: “" + quote + "”";
    }

    @Override
    public String orderEventsPrompt() {
        return according() + "in which order did these events happen? Put the earliest first.";
    }

    @Override
    public String matchFiguresPrompt() {
        return according() + "what does each figure count? Match them.";
    }

    @Override
    public String matchTermsPrompt() {
        return according() + "what does each term mean? Match them.";
    }

    @Override
    public String lessonTitle(String title) {
        return kind.argues() || kind == SourceKind.NEWS || kind == SourceKind.DIARY || kind == SourceKind.INTERVIEW ? "Reading a source: " + title
                : title;
    }

    @Override
    public String lessonSummary(DocumentMetadata metadata) {
        String by = metadata.author() == null ? "" : " by " + metadata.author();
        String when = metadata.date() == null ? "" : " (" + metadata.date() + ")";
        return switch (kind) {
            case DIARY -> "A lesson on the " + noun + " “" + metadata.title() + "”" + by + when
                    + ": what its writer saw and thought, and what it can and cannot tell us.";
            case STATEMENT, SPEECH -> "A lesson on the " + noun + " “" + metadata.title() + "”" + by + when
                    + ": what it claims, how it argues, and how its claims could be checked.";
            case LETTER -> "A lesson on the " + noun + " “" + metadata.title() + "”" + by + when
                    + ": what its writer tells, to whom and why, and what it can and cannot tell us.";
            case MEMOIR -> "A lesson on the " + noun + " “" + metadata.title() + "”" + by + when
                    + ": what its writer remembers, and how far memories told years later can be trusted.";
            case INTERVIEW -> "A lesson on the " + noun + " “" + metadata.title() + "”" + by + when
                    + ": what its speaker tells, what the questions asked and left out, and how far one account can be trusted.";
            case ENCYCLOPEDIA, NEWS -> "A lesson on the " + noun + " “" + metadata.title() + "”" + by + when
                    + ": what it reports, and what it rests on.";
            default -> "A lesson on “" + metadata.title() + "”" + by + when
                    + ": what it says, and how far it can be trusted as a source.";
        };
    }

    @Override
    public List<String> lessonObjectives(boolean hasFacts, boolean hasTimeline, boolean pointOfView) {
        List<String> objectives = new ArrayList<>();
        if (pointOfView) {
            objectives.add("Say what the " + noun + " claims, and tell its claims apart from what other sources confirm.");
            objectives.add("Identify the " + noun + "'s purpose and the words that show its point of view.");
        } else if (hasFacts) {
            objectives.add("Recall the main facts, figures and terms the " + noun + " gives, and where it gives them.");
        }
        if (hasTimeline) {
            objectives.add("Put the events the " + noun + " describes in order.");
        }
        objectives.add("Say who made the " + noun + ", when and why, and what it rests on.");
        return objectives;
    }

    @Override
    public String discussionPrompt(DocumentFacts facts) {
        SourceReading reading = facts.reading();
        String sources = names(reading.namedSources());
        String figures = facts.figures().isEmpty() ? "" : " (" + listed(facts.figures()) + ")";
        if (facts.pointOfView() && (kind == SourceKind.HISTORY || kind == SourceKind.BIOGRAPHY)) {
            return "Which words show what the author thinks of the people in this story, and whose side does the author take?"
                    + " How might a historian writing today, or someone on the other side, tell the same events?"
                    + " Which of its statements could you check in other sources?";
        }
        if (kind == SourceKind.DIARY) {
            return "The diary was written as things happened, for its writer and perhaps their family. Which entries record what the"
                    + " writer saw, and which repeat what others told them? What might the writer not have known, or have left out?"
                    + " What other sources could show whether it is accurate?";
        }
        if (kind == SourceKind.INTERVIEW) {
            return "The interview gives one person's own account, shaped by the questions put to them. Which answers tell what"
                    + " the speaker saw or did, and which give opinions? What would you have asked, and what other sources could"
                    + " check the answers?";
        }
        if (kind == SourceKind.MEMOIR) {
            return "The memoir was written years after the events it tells. Which details could the writer have seen and"
                    + " remembered exactly, and which might memory, hindsight or what the writer learned later have shaped?"
                    + " What sources from the time could confirm it?";
        }
        if (facts.pointOfView() && kind == SourceKind.LETTER) {
            return "What did the writer want the reader to think or do, and which words show it?"
                    + " Which of the writer's statements come from what they saw, and which from what they heard?"
                    + " What other sources could show whether the letter is accurate?";
        }
        if (facts.pointOfView()) {
            String check = figures.isEmpty() ? "Which of the " + noun + "'s statements could you check, and where would you look?"
                    : sources.isEmpty() ? "The " + noun + " gives figures" + figures + ". Where does it say they come from, and how could you check them?"
                    : "The " + noun + " gives figures" + figures + " and names " + sources
                            + ". How would you check its figures against what those sources actually say?";
            String others = facts.blamed() != null ? " How might " + facts.blamed() + ", whom it blames, describe the same events?"
                    : kind == SourceKind.REPORT ? " What would you want to know that the organisation might not choose to tell?"
                    : " Who else was involved, and how might they describe the same events?";
            return check + others + " Which of the " + noun + "'s words would you replace to make it neutral, and what would that change?";
        }
        return switch (kind) {
            case ENCYCLOPEDIA -> "The article rests on " + (reading.referenceMarkers() > 0 ? reading.referenceMarkers()
                    + " numbered references" : "the sources it names")
                    + ". Choose one claim you find surprising: what kind of source would you need to confirm it, and who wrote it?"
                    + " What might an encyclopedia article leave out?";
            case NEWS -> "Who does the report quote, and what might each of them want readers to think?"
                    + " Which facts in it could still change as more becomes known, and how would you find out?";
            case TEXTBOOK -> facts.historical()
                    ? "The text explains past events, written long after them. Which of its statements are facts you could check,"
                            + " and which are interpretations?" + (reading.quotations() > 0
                                    ? " Who wrote the sources it quotes, and when? How do they differ from its own account?"
                                    : " Which sources would you need to check them, and who would have written them?")
                    : "Which statements in the text are observations or measurements, and which are explanations of them?"
                            + " How do scientists know this, and what new evidence could change the explanation?";
            case BIOGRAPHY -> "What does the text choose to tell about " + (facts.topic() == null ? "its subject" : facts.topic())
                    + ", and what might it leave out? Where would you look to check its dates and claims?";
            case SPEECH -> "Who was the " + noun + " meant for, and what did its author want from them?"
                    + " How might someone who disagreed have answered it?";
            case LETTER -> "Who was the letter written to, and what did its writer want them to know or feel? What might the writer"
                    + " have left out, or been unable to say (to spare the reader, or because letters were read by others)?"
                    + " What can it tell a historian that an official record cannot?";
            default -> "Which claims in the " + noun + " could be checked, and how?"
                    + (sources.isEmpty() ? "" : " It names " + sources + ": how could you find out what "
                            + (facts.reading().namedSources().size() == 1 ? "that source actually says?" : "they actually say?"))
                    + " Whose point of view does it give, and whose might be missing?";
        };
    }

    @Override
    public String analysisOrigin(DocumentFacts facts) {
        DocumentMetadata metadata = facts.metadata();
        StringBuilder origin = new StringBuilder("“" + metadata.title() + "”, " + article(kindDescription()) + ".");
        String speaker = facts.reading().speaker();
        origin.append(" Author: ").append(metadata.author() != null || speaker == null ? orNotStated(metadata.author())
                : "not stated; it speaks for the " + speaker.replaceFirst("^[Tt]he ", "")).append('.');
        if (metadata.publisher() != null) {
            origin.append(" Published by ").append(metadata.publisher()).append('.');
        }
        SourceReading.SelfDate self = facts.reading().selfDate();
        if (metadata.date() != null) {
            origin.append(" Date: ").append(metadata.date()).append('.');
        } else if (self != null) {
            origin.append(" Date: not stated, but it dates itself: it marks the ").append(self.evidence())
                    .append(", so it was most likely written in ").append(self.year()).append('.');
        } else {
            origin.append(" Date: not stated.");
        }
        if (metadata.address() != null) {
            origin.append(" Found at ").append(metadata.address()).append('.');
        }
        return origin.toString();
    }

    private String kindDescription() {
        return switch (kind) {
            case STATEMENT -> "official statement";
            case ENCYCLOPEDIA -> "encyclopedia article";
            case NEWS -> "news report";
            case REPORT -> "organisation's report on its own work";
            case SPEECH -> "speech";
            case LETTER -> "letter";
            case MEMOIR -> "memoir, written by someone who lived through the events, looking back";
            case INTERVIEW -> "interview, in which someone answers a journalist's questions";
            case DIARY -> "diary, kept by its writer as events happened";
            case TEXTBOOK -> "explanatory text";
            case HISTORY -> "historical account";
            case BIOGRAPHY -> "biography";
            case HERITAGE -> "museum or heritage text for visitors";
            case GENERAL -> "document";
        };
    }

    @Override
    public String analysisPurpose(DocumentFacts facts) {
        String purpose = "Purpose: " + lowerFirst(purpose(facts)) + ".";
        if (facts.callToAction() != null && facts.pointOfView() && kind != SourceKind.DIARY) {
            purpose += " It calls for action: “" + facts.callToAction() + "”";
        }
        return purpose;
    }

    @Override
    public String analysisPerspective(DocumentFacts facts) {
        List<SourceReading.Cue> judgements = facts.reading().judgements();
        if (judgements.isEmpty() && (kind == SourceKind.SPEECH || kind == SourceKind.LETTER || kind == SourceKind.DIARY
                || kind == SourceKind.MEMOIR || kind == SourceKind.INTERVIEW)) {
            // Few judging words do not make a speech or a letter neutral: it tells what its author wants heard.
            return "The " + noun + " uses few words that openly judge, but it speaks for its author: notice what it chooses to"
                    + " tell and to celebrate or regret, whom it leaves unheard, and what its audience was meant to feel.";
        }
        if (judgements.isEmpty() && facts.pointOfView()) {
            return "The " + noun + " argues for its author's side with few words that openly judge: notice which facts it chooses,"
                    + " which figures it leaves out, whom it does not quote, and what it asks its readers to do.";
        }
        if (judgements.isEmpty()) {
            return "The " + noun + " mostly describes without judging. Notice " + (facts.reading().quotations() > 0 ? "whose words it quotes and " : "")
                    + "what it chooses to tell, and what it leaves out.";
        }
        String words = listed(judgements.stream().limit(6).map(cue -> "“" + cue.text() + "”").toList());
        return facts.pointOfView()
                ? "The " + noun + " judges as well as describes: words such as " + words
                        + " are its author's own, not those of people it quotes. They show whose side it takes."
                : "The " + noun + " mostly describes, but some words judge, such as " + words + ". Whose view do they express?";
    }

    @Override
    public String analysisCorroboration(DocumentFacts facts) {
        SourceReading reading = facts.reading();
        String sources = names(reading.namedSources());
        String footnotes = reading.referenceMarkers() > 0
                ? " It carries " + reading.referenceMarkers() + " reference markers pointing to its sources." : "";
        if (sources.isEmpty()) {
            return "Look for what the " + noun + " rests on: does it say where its facts and figures come from, and could you check them?"
                    + footnotes;
        }
        boolean one = reading.namedSources().size() == 1;
        return "The " + noun + " names " + sources + "." + footnotes
                + (one ? " Check what that source actually says" : " Check what those sources actually say")
                + " before treating its claims as confirmed.";
    }

    @Override
    public String analysisMissing(DocumentFacts facts) {
        List<String> notStated = new ArrayList<>();
        if (facts.metadata().author() == null && facts.reading().speaker() == null) {
            notStated.add("its author");
        }
        if (facts.metadata().date() == null && facts.reading().selfDate() == null) {
            notStated.add("its date");
        }
        String missing = notStated.isEmpty() ? "" : "It does not say " + String.join(" or ", notStated) + ". ";
        if (kind == SourceKind.INTERVIEW) {
            return missing + "It gives one person's answers to the questions put to them: what was not asked, and what might the"
                    + " speaker prefer not to say?";
        }
        if (kind == SourceKind.MEMOIR) {
            return missing + "It was written from memory, years later: details may have faded or been reshaped by what the writer"
                    + " learned since, and what others in the same place saw is missing.";
        }
        if (kind == SourceKind.DIARY) {
            return missing + "It shows one person's experience, on the days they chose to write: what others in the same place saw is missing.";
        }
        if (facts.blamed() != null) {
            return missing + "It gives one side's account: the views of " + facts.blamed() + ", whom it blames, are absent"
                    + (facts.figures().isEmpty() ? "." : ", and it does not show how its figures were counted.");
        }
        if (facts.pointOfView()) {
            return missing + "It gives its author's side: whose views might be missing" + (facts.figures().isEmpty() ? "?" : ", and how were its figures counted?");
        }
        return missing + switch (kind) {
            case ENCYCLOPEDIA -> "It summarises what others have published; it can be no better than the sources it cites.";
            case NEWS -> "It was written soon after the events: later facts and the views of people not quoted are missing.";
            case TEXTBOOK -> facts.historical() ? "It was written long after the events: does it show where historians disagree, and which sources it rests on?"
                    : "It gives the accepted explanation: does it show the observations and experiments behind it?";
            default -> "It tells what its author chose to tell: whose voices and which facts might be missing?";
        };
    }

    @Override
    public ChoiceText purposeQuestion(DocumentFacts facts) {
        String correct = purpose(facts);
        List<String> wrong = wrongPurposes(facts);
        String evidence = facts.pointOfView() && facts.reading().judgements().isEmpty()
                ? "It argues for one side" + (facts.callToAction() == null ? "." : " and calls for action.")
                : facts.pointOfView()
                ? "It judges as it describes (" + listed(facts.reading().judgements().stream().limit(3).map(cue -> "“" + cue.text() + "”").toList())
                        + ")" + (facts.callToAction() == null ? "." : " and calls for action.")
                : "It " + switch (kind) {
                    case ENCYCLOPEDIA -> "summarises its subject and points to its sources.";
                    case NEWS -> "reports recent events and quotes the people involved.";
                    case TEXTBOOK -> "defines terms and explains how things work.";
                    case BIOGRAPHY -> "follows one person's life from event to event.";
                    case HISTORY -> "tells past events in order.";
                    default -> "describes its subject without taking sides.";
                };
        // "this memoir" would give away "the writer's own memories".
        String named = kind == SourceKind.MEMOIR ? "text" : noun;
        return new ChoiceText("What is the main purpose of this " + named + "?", List.of(correct), wrong, evidence);
    }

    private String purpose(DocumentFacts facts) {
        boolean commemorates = facts.reading().selfDate() != null
                || facts.metadata().title().toLowerCase(Locale.ROOT).matches(".*\\b(anniversary|memory|remembrance|commemorat\\w*)\\b.*");
        if (facts.pointOfView()) {
            return commemorates && facts.mourns() ? "To commemorate the victims and win support for the author's side and demands"
                    : commemorates ? "To mark an anniversary and win support for the author's demands"
                    : kind == SourceKind.SPEECH ? "To persuade its audience and move them to act"
                    : kind == SourceKind.HISTORY ? "To tell the story of past events and pass judgement on the people in it"
                    : kind == SourceKind.LETTER ? "To tell someone the writer's experiences and views"
                    : kind == SourceKind.MEMOIR ? "To tell the writer's own story of events they lived through, and what they made of them"
                    : kind == SourceKind.DIARY ? "To record the writer's own experiences and feelings as they happened"
                    : kind == SourceKind.BIOGRAPHY ? "To tell the story of a person's life and praise or judge it"
                    : kind == SourceKind.REPORT ? "To show the organisation's work in a good light and win support for it"
                    : "To persuade readers to accept one side's view";
        }
        return switch (kind) {
            case ENCYCLOPEDIA -> "To inform readers with an overview based on published sources";
            case NEWS -> facts.reading().quotations() > 0 ? "To report recent events and what the people involved said"
                    : "To report recent events to its readers";
            case TEXTBOOK -> "To explain a subject so that its readers understand it";
            case BIOGRAPHY -> "To tell the story of a person's life and work";
            case HISTORY -> "To tell the story of past events";
            case SPEECH -> "To address an audience and win its support";
            case LETTER -> "To tell someone the writer's news and views";
            case MEMOIR -> "To record the writer's own memories of events they lived through";
            case INTERVIEW -> "To let someone tell their own experience and views in answer to questions";
            case DIARY -> "To record the writer's own experiences as they happened";
            case STATEMENT -> "To announce an organisation's decision or position and explain it";
            case REPORT -> "To give an account of an organisation's work";
            case HERITAGE -> "To tell visitors about a place or an object and its history";
            case GENERAL -> "To inform readers about its subject";
        };
    }

    /** Three purposes a reader might wrongly take this kind of document to have: plausible, and clearly not its own. */
    private List<String> wrongPurposes(DocumentFacts facts) {
        String persuade = "To persuade readers to support one side";
        String balance = "To give a balanced account of what each side says";
        String onTheDay = "To report events on the day they happened";
        String memories = "To record the author's own memories of the events";
        String explain = "To explain how a machine or a natural process works";
        String research = "To report new research findings for the first time";
        if (facts.pointOfView()) {
            return switch (kind) {
                case HISTORY, BIOGRAPHY -> List.of(onTheDay, research, memories);
                case LETTER, DIARY, MEMOIR -> List.of(balance, "To set out a government's official position", explain);
                case REPORT -> List.of(balance, explain, memories);
                default -> List.of(balance, research, facts.mourns() ? "To explain the history of the conflict to students" : explain);
            };
        }
        return switch (kind) {
            case ENCYCLOPEDIA -> List.of(persuade, memories, onTheDay);
            case NEWS -> List.of(persuade, "To give a full history of the area", memories);
            case TEXTBOOK -> List.of(persuade, research, memories);
            case BIOGRAPHY -> List.of(persuade, memories, onTheDay);
            case HISTORY -> List.of(persuade, onTheDay, memories);
            case STATEMENT -> List.of(balance, memories, research);
            case LETTER, SPEECH -> List.of(balance, onTheDay, explain);
            case MEMOIR -> List.of(balance, onTheDay, "To set out a government's official position");
            case INTERVIEW -> List.of(persuade, balance, "To set out a government's official position");
            case DIARY -> List.of(persuade, explain, "To set out a government's official position");
            default -> List.of(persuade, memories, research);
        };
    }

    @Override
    public @Nullable ChoiceText kindQuestion(DocumentFacts facts) {
        if (!KIND_TELLS_MORE.contains(kind)) {
            return null;
        }
        List<String> wrong = KIND_GROUPS.stream().filter(group -> !group.contains(kind)).map(group -> kindAnswer(group.get(0))).toList();
        String evidence = "It is " + article(kindDescription()) + ": " + lowerFirst(purpose(facts)) + ".";
        return new ChoiceText("What kind of source is this text?", List.of(kindAnswer(kind)), wrong.subList(0, 3), evidence);
    }

    private static String kindAnswer(SourceKind kind) {
        return switch (kind) {
            case STATEMENT -> "An organisation's official statement";
            case ENCYCLOPEDIA -> "An encyclopedia article";
            case NEWS -> "A news report written soon after the events";
            case REPORT -> "An organisation's report on its own work";
            case SPEECH -> "A speech given to an audience";
            case LETTER -> "A private letter";
            case MEMOIR -> "A memoir written years after the events";
            case INTERVIEW -> "An interview: someone's answers to a journalist's questions";
            case DIARY -> "A diary kept as events happened";
            case TEXTBOOK -> "An explanatory text written for learners";
            case HISTORY -> "A historian's account of past events";
            case BIOGRAPHY -> "A biography";
            case HERITAGE -> "A museum or visitor guide text";
            case GENERAL -> "A document";
        };
    }

    @Override
    public @Nullable ChoiceText viewpointQuestion(DocumentFacts facts) {
        if (!facts.pointOfView() && !facts.reading().judgements().isEmpty()) {
            return null; // it judges now and then: "mostly describes" would be arguable
        }
        // Only a reference text plainly "mostly describes": a speech, a letter or a report speaks for its author even
        // without judging words, a textbook may set out historians' views, and "sides" mean nothing in a science text.
        boolean asked = facts.pointOfView() ? kind != SourceKind.REPORT && kind != SourceKind.DIARY
                : kind == SourceKind.ENCYCLOPEDIA || kind == SourceKind.BIOGRAPHY;
        if (!asked) {
            return null;
        }
        String describes = "It mostly describes, without judging";
        String sides = "It takes one side and judges those it blames";
        String eachSide = "It sets out the arguments of each side in turn";
        String correct;
        List<String> wrong;
        if (!facts.pointOfView()) {
            correct = describes;
            wrong = List.of(sides, eachSide, "It argues for its author's own cause");
        } else {
            correct = switch (kind) {
                case REPORT -> "It describes results the organisation chose to report, in its own favourable words";
                case HISTORY, BIOGRAPHY -> "It tells the story and openly judges the people in it";
                case LETTER, SPEECH, DIARY, MEMOIR, INTERVIEW -> "It gives its author's own views and judgements";
                default -> sides;
            };
            wrong = List.of(describes, eachSide, "It quotes its sources and leaves the reader to judge");
        }
        String feedback = facts.pointOfView() && facts.reading().judgements().isEmpty()
                ? "It argues for its author's side and asks its readers or listeners to act."
                : facts.pointOfView()
                ? "Its own words judge: " + listed(facts.reading().judgements().stream().limit(4).map(cue -> "“" + cue.text() + "”").toList())
                        + "."
                : "It uses few or no words that judge; it reports and describes.";
        return new ChoiceText("Which best describes the " + noun + "'s point of view?", List.of(correct), wrong, feedback);
    }

    @Override
    public @Nullable ChoiceText judgementQuestion(DocumentFacts facts) {
        if (EXPLAINS.contains(kind)) {
            return null; // "one of the worst famines", "notorious": in a reference text these describe how bad, not whom it blames
        }
        List<String> judging = facts.reading().judgements().stream().map(SourceReading.Cue::text).limit(3).toList();
        List<String> describing = alike(judging, judging.size() == 1 ? 3 : Math.min(3, 6 - judging.size()), facts.reading().describingWords());
        if (judging.size() == 1 && describing.size() >= 3) {
            return new ChoiceText("Which of these words from the " + noun + " judges rather than just describes?", judging, describing,
                    "“" + judging.get(0) + "” expresses a view of what it describes; the others name things without judging them.");
        }
        if (judging.size() >= 2 && describing.size() < 2) {
            // With several words to choose, word class gives less away; a text without plain words of their class still gets the question.
            describing = facts.reading().describingWords().stream().limit(Math.min(3, 6 - judging.size())).toList();
        }
        if (judging.size() < 2 || describing.size() < 2) {
            return null;
        }
        return new ChoiceText("Which of these words from the " + noun + " judge rather than just describe? Choose all that apply.",
                judging, describing, "Words such as " + listed(judging.stream().map(word -> "“" + word + "”").toList())
                        + " express the author's view of what happened; the others name things without judging them.");
    }

    /**
     * Up to {@code count} describing words of the same word classes as the judging words, in turn:
     * beside "cruel", "northern" rather than "ponies", so that grammar does not give the answer away.
     */
    private static List<String> alike(List<String> judging, int count, List<String> describing) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count && !judging.isEmpty(); i++) {
            EnglishLexicon.WordClass wanted = EnglishLexicon.wordClass(judging.get(i % judging.size()));
            describing.stream().filter(word -> !chosen.contains(word) && EnglishLexicon.wordClass(word) == wanted).findFirst()
                    .ifPresent(chosen::add);
        }
        return chosen;
    }

    @Override
    public @Nullable ChoiceText namedSourceQuestion(DocumentFacts facts) {
        List<SourceReading.Cue> named = facts.reading().namedSources();
        if (named.isEmpty()) {
            return null;
        }
        String correct = named.get(0).text();
        List<String> wrong = new ArrayList<>();
        for (String name : facts.otherNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            // "Vehicle Upgrade Fund" and "Increase the Vehicle Upgrade Fund" are one name, the second cut from a list.
            if (wrong.size() < 3 && wrong.stream().map(other -> other.toLowerCase(Locale.ROOT)).noneMatch(other -> other.contains(lower) || lower.contains(other))) {
                wrong.add(name);
            }
        }
        if (wrong.size() < 3) {
            return null;
        }
        return new ChoiceText("Which of these does the " + noun + " name as a source for what it says?", List.of(correct), wrong,
                "The " + noun + " names " + names(named) + " for what it says; the others are people or bodies it writes about.");
    }

    @Override
    public @Nullable ChoiceText referencesQuestion(DocumentFacts facts) {
        if (facts.reading().referenceMarkers() < 3) {
            return null;
        }
        return new ChoiceText("How does the " + noun + " support what it says?", List.of("With numbered references to published sources"),
                List.of("With the author's own eyewitness account", "With interviews the author carried out", "It gives no support at all"),
                "The markers such as [1] in the text point to the references listed at its end.");
    }

    @Override
    public @Nullable String selfDateQuestion(DocumentFacts facts) {
        SourceReading.SelfDate self = facts.reading().selfDate();
        if (self == null) {
            return null;
        }
        return "The " + noun + " marks the " + self.evidence() + " of events of " + (self.year() - anniversaryYears(self))
                + ". In which year was it most likely written?";
    }

    private static int anniversaryYears(SourceReading.SelfDate self) {
        return Integer.parseInt(self.evidence().replaceAll("\\D.*", ""));
    }

    @Override
    public @Nullable ChoiceText responsibleQuestion(DocumentFacts facts, String accused, List<String> others) {
        if (others.isEmpty()) {
            return null;
        }
        List<String> wrong = new ArrayList<>(others.subList(0, 1));
        wrong.add("Both sides equally");
        wrong.add("It holds no one responsible");
        return new ChoiceText(according() + "who is responsible for the crimes it describes?", List.of(accused), wrong,
                "This is the " + noun + "'s claim: it blames " + accused + ". A historian would compare it with other accounts.");
    }

    private static String names(List<SourceReading.Cue> cues) {
        return cues.isEmpty() ? "" : listed(cues.stream().limit(8).map(SourceReading.Cue::text).toList());
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String lowerFirst(String text) {
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static String orNotStated(@Nullable String value) {
        return value == null ? "not stated" : value;
    }

    static String listed(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
