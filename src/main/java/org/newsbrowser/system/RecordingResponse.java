package org.newsbrowser.system;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Passes a response through as it is written and, when the handler turns out to be cacheable, records a copy of its
 * body too. Whether to record is asked when the body is first written, after the handler was chosen, so a download
 * streams through unrecorded; a body that outgrows the limit, or is reset, is not kept.
 */
class RecordingResponse extends HttpServletResponseWrapper {

    private final BooleanSupplier recordable;
    private final long limit;
    private ByteArrayOutputStream recorded;
    private boolean spoiled;
    private ServletOutputStream stream;
    private PrintWriter writer;

    RecordingResponse(HttpServletResponse response, BooleanSupplier recordable, long limit) {
        super(response);
        this.recordable = recordable;
        this.limit = limit;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called for this response");
        }
        if (stream == null) {
            stream = recordingStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() has already been called for this response");
        }
        if (writer == null) {
            // As the container's own writer would, name the character set the text is encoded in.
            setCharacterEncoding(getCharacterEncoding());
            writer = new PrintWriter(new OutputStreamWriter(recordingStream(), getCharacterEncoding()));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        flushWriter();
        super.flushBuffer();
    }

    @Override
    public void reset() {
        spoiled = true;
        super.reset();
    }

    @Override
    public void resetBuffer() {
        spoiled = true;
        super.resetBuffer();
    }

    /** Sends what the writer still holds; called once the handler is done. */
    void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    /** The whole body as sent, if it was recorded. */
    Optional<byte[]> recordedBody() {
        return recorded == null || spoiled ? Optional.empty() : Optional.of(recorded.toByteArray());
    }

    private ServletOutputStream recordingStream() throws IOException {
        ServletOutputStream out = super.getOutputStream();
        if (!recordable.getAsBoolean()) {
            return out;
        }
        recorded = new ByteArrayOutputStream();
        setHeader(PageCacheFilter.CACHE_HEADER, "miss");
        return new Tee(out);
    }

    private void record(byte[] bytes, int offset, int length) {
        if (spoiled) {
            return;
        }
        if (recorded.size() + (long) length > limit) {
            spoiled = true;
            recorded = new ByteArrayOutputStream();
        } else {
            recorded.write(bytes, offset, length);
        }
    }

    /** Writes to the response and to the recording. */
    private final class Tee extends ServletOutputStream {

        private final ServletOutputStream out;

        Tee(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            record(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            record(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
