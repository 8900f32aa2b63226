package com.mockmate.scoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.chunker.ChunkerModel;
import org.languagetool.JLanguageTool;
import org.languagetool.broker.DefaultResourceDataBroker;

/**
 * Serves LanguageTool's English phrase chunker with a beam of {@value #BEAM} instead of OpenNLP's default of 10.
 *
 * <p>The chunker tags every sentence of every answer, and its beam search was about 40 % of a grammar check's CPU: each
 * extra candidate sequence costs one more model evaluation per word. With a beam of 3 a check takes about a third less
 * CPU and found exactly the same errors, at the same places, in 123 texts (the learner errors of {@code
 * learner-errors.txt} and the calibration answers). LanguageTool builds its chunker from the model file it reads
 * through its resource broker (its documented way of supplying resources), so this broker rebuilds that one model with
 * the narrower beam and hands every other resource to the default broker.
 */
final class NarrowChunkerBeam extends DefaultResourceDataBroker {

    static final int BEAM = 3;
    static final String CHUNKER_MODEL = "/en-chunker.bin";

    private static boolean installed;

    private byte[] chunkerModel;

    /** Must run before the first English check: LanguageTool reads the chunker model once per JVM. */
    static synchronized void install() {
        if (!installed) {
            JLanguageTool.setDataBroker(new NarrowChunkerBeam());
            installed = true;
        }
    }

    @Override
    public InputStream getAsStream(String path) {
        if (!CHUNKER_MODEL.equals(path)) {
            return super.getAsStream(path);
        }
        var model = narrowedModel();
        return model == null ? null : new ByteArrayInputStream(model);
    }

    private synchronized byte[] narrowedModel() {
        if (chunkerModel == null) {
            chunkerModel = narrow(super.getAsStream(CHUNKER_MODEL));
        }
        return chunkerModel;
    }

    /** A missing model stays missing, so that LanguageTool reports it as it would without this broker. */
    private static byte[] narrow(InputStream original) {
        if (original == null) {
            return null;
        }
        try (original) {
            var model = new ChunkerModel(original);
            var narrowed = new ChunkerModel("en", model.getChunkerModel(), BEAM, Map.of(), model.getFactory());
            var bytes = new ByteArrayOutputStream();
            narrowed.serialize(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool's chunker model could not be read", e);
        }
    }
}
