package no.innspill.archive.noark5;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Passes bytes on while taking their SHA-256 and counting them; closing it leaves the stream below open. */
final class Digesting extends FilterOutputStream {

    private final MessageDigest sha256;
    private long size;

    Digesting(OutputStream out) {
        super(out);
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        sha256.update((byte) b);
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        sha256.update(b, off, len);
        size += len;
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    /** The checksum as Noark writes it: hexadecimal, lower case. */
    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    long size() {
        return size;
    }
}
