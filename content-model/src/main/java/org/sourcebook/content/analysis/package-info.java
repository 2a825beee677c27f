/**
 * Item analysis of a quiz: how hard each question was and how well it separated stronger from
 * weaker attempts, computed as Moodle's quiz statistics report defines its measures.
 */
@NullMarked
package org.sourcebook.content.analysis;

import org.jspecify.annotations.NullMarked;
