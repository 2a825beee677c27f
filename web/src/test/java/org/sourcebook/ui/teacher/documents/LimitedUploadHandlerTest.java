package org.sourcebook.ui.teacher.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * An upload request can claim any size, or none, and stream without end; the handler must stop
 * reading just past its limit whatever the request says. (The HTTP layer of a Vaadin upload needs
 * a live UI's upload URL and security key, so the body is simulated here.)
 */
class LimitedUploadHandlerTest {

    private static final long LIMIT = 1024 * 1024;

    @Test
    void anEndlessBodyIsCutOffOneBufferAfterTheLimit() throws IOException {
        EndlessBody body = new EndlessBody();

        byte[] received = LimitedUploadHandler.readAtMost(body, LIMIT);

        assertThat(received).as("refused").isNull();
        assertThat(body.served).isGreaterThan(LIMIT).isLessThanOrEqualTo(LIMIT + 8192);
    }

    @Test
    void aBodyOfExactlyTheLimitIsReceivedWhole() throws IOException {
        byte[] exactly = new byte[(int) LIMIT];

        assertThat(LimitedUploadHandler.readAtMost(new ByteArrayInputStream(exactly), LIMIT)).hasSize((int) LIMIT);
        assertThat(LimitedUploadHandler.readAtMost(new ByteArrayInputStream(new byte[(int) LIMIT + 1]), LIMIT)).isNull();
    }

    /** A request body that never ends, counting what was read from it. */
    private static final class EndlessBody extends InputStream {

        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            served += length;
            return length;
        }
    }
}
