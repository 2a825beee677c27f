/**
 * Export of items as a QTI 3.0 content package (1EdTech Question and Test Interoperability): one
 * {@code qti-assessment-item} file per question, an assessment test that lists them all, and an
 * {@code imsmanifest.xml}, zipped.
 */
@NullMarked
package org.sourcebook.exchange.qti;

import org.jspecify.annotations.NullMarked;
