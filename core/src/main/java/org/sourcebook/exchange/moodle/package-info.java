/**
 * Moodle's XML question format, out ({@link MoodleXmlWriter}) and in ({@link MoodleXmlReader}),
 * following docs.moodle.org "Moodle XML format" and Moodle's own reader and writer
 * (question/format/xml/format.php, the cloze parser in question/type/multianswer/questiontype.php
 * and qtype_ordering's export and import). Texts go out as HTML that shows exactly the item's
 * plain text; the reader turns any HTML back into plain text.
 */
@NullMarked
package org.sourcebook.exchange.moodle;

import org.jspecify.annotations.NullMarked;
