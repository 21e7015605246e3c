package org.torito.test.corpus;

import org.torito.test.corpus.text.BigDecimalArithmetic;
import org.torito.test.corpus.text.BigDecimalComparison;
import org.torito.test.corpus.text.BigDecimalDivision;
import org.torito.test.corpus.text.BigDecimalRounding;
import org.torito.test.corpus.text.BigIntegerArithmetic;
import org.torito.test.corpus.text.BigIntegerBits;
import org.torito.test.corpus.text.BigIntegerModular;
import org.torito.test.corpus.text.BigIntegerPrimes;
import org.torito.test.corpus.text.BigIntegerRadix;
import org.torito.test.corpus.text.BigIntegerSequences;
import org.torito.test.corpus.text.BigSquareRoots;
import org.torito.test.corpus.text.BufferedReaderLines;
import org.torito.test.corpus.text.ByteArrayInputStreams;
import org.torito.test.corpus.text.ByteArrayOutputStreams;
import org.torito.test.corpus.text.CharArrayWriterReader;
import org.torito.test.corpus.text.CharsetNames;
import org.torito.test.corpus.text.CharsetReadersWriters;
import org.torito.test.corpus.text.CsvRoundTrip;
import org.torito.test.corpus.text.DataStreamRoundTrip;
import org.torito.test.corpus.text.DoubleToString;
import org.torito.test.corpus.text.ExpressionTokenizer;
import org.torito.test.corpus.text.FloatToString;
import org.torito.test.corpus.text.FormatArgumentIndexes;
import org.torito.test.corpus.text.FormatErrors;
import org.torito.test.corpus.text.FormatFloats;
import org.torito.test.corpus.text.FormatIntegers;
import org.torito.test.corpus.text.FormatStringsAndChars;
import org.torito.test.corpus.text.FormatterDestinations;
import org.torito.test.corpus.text.HexDump;
import org.torito.test.corpus.text.InvoiceTable;
import org.torito.test.corpus.text.LineStreams;
import org.torito.test.corpus.text.NumberParsing;
import org.torito.test.corpus.text.PrintStreamEncodings;
import org.torito.test.corpus.text.PrintWriterOverStringWriter;
import org.torito.test.corpus.text.PushbackAndSequence;
import org.torito.test.corpus.text.RadixStrings;
import org.torito.test.corpus.text.ScannerDelimiters;
import org.torito.test.corpus.text.ScannerTokens;
import org.torito.test.corpus.text.StringBuilderNumbers;
import org.torito.test.corpus.text.StringCharsets;
import org.torito.test.corpus.text.WordWrap;

/**
 * The text area of the differential corpus (formatting with String.format, Formatter and printf, Double and
 * Float to text, BigInteger and BigDecimal, java.io streams, readers and writers over memory, charsets, Scanner
 * and radix conversions): runs every program of {@code org.torito.test.corpus.text} in one boot, each after its
 * {@code === name} line, so that a mismatch names the program. {@link CorpusTest} checks that no program of the
 * package is left out.
 */
public final class TextCorpus {
    private TextCorpus() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("=== BigDecimalArithmetic");
        BigDecimalArithmetic.main(args);
        System.out.println("=== BigDecimalComparison");
        BigDecimalComparison.main(args);
        System.out.println("=== BigDecimalDivision");
        BigDecimalDivision.main(args);
        System.out.println("=== BigDecimalRounding");
        BigDecimalRounding.main(args);
        System.out.println("=== BigIntegerArithmetic");
        BigIntegerArithmetic.main(args);
        System.out.println("=== BigIntegerBits");
        BigIntegerBits.main(args);
        System.out.println("=== BigIntegerModular");
        BigIntegerModular.main(args);
        System.out.println("=== BigIntegerPrimes");
        BigIntegerPrimes.main(args);
        System.out.println("=== BigIntegerRadix");
        BigIntegerRadix.main(args);
        System.out.println("=== BigIntegerSequences");
        BigIntegerSequences.main(args);
        System.out.println("=== BigSquareRoots");
        BigSquareRoots.main(args);
        System.out.println("=== BufferedReaderLines");
        BufferedReaderLines.main(args);
        System.out.println("=== ByteArrayInputStreams");
        ByteArrayInputStreams.main(args);
        System.out.println("=== ByteArrayOutputStreams");
        ByteArrayOutputStreams.main(args);
        System.out.println("=== CharArrayWriterReader");
        CharArrayWriterReader.main(args);
        System.out.println("=== CharsetNames");
        CharsetNames.main(args);
        System.out.println("=== CharsetReadersWriters");
        CharsetReadersWriters.main(args);
        System.out.println("=== CsvRoundTrip");
        CsvRoundTrip.main(args);
        System.out.println("=== DataStreamRoundTrip");
        DataStreamRoundTrip.main(args);
        System.out.println("=== DoubleToString");
        DoubleToString.main(args);
        System.out.println("=== ExpressionTokenizer");
        ExpressionTokenizer.main(args);
        System.out.println("=== FloatToString");
        FloatToString.main(args);
        System.out.println("=== FormatArgumentIndexes");
        FormatArgumentIndexes.main(args);
        System.out.println("=== FormatErrors");
        FormatErrors.main(args);
        System.out.println("=== FormatFloats");
        FormatFloats.main(args);
        System.out.println("=== FormatIntegers");
        FormatIntegers.main(args);
        System.out.println("=== FormatStringsAndChars");
        FormatStringsAndChars.main(args);
        System.out.println("=== FormatterDestinations");
        FormatterDestinations.main(args);
        System.out.println("=== HexDump");
        HexDump.main(args);
        System.out.println("=== InvoiceTable");
        InvoiceTable.main(args);
        System.out.println("=== LineStreams");
        LineStreams.main(args);
        System.out.println("=== NumberParsing");
        NumberParsing.main(args);
        System.out.println("=== PrintStreamEncodings");
        PrintStreamEncodings.main(args);
        System.out.println("=== PrintWriterOverStringWriter");
        PrintWriterOverStringWriter.main(args);
        System.out.println("=== PushbackAndSequence");
        PushbackAndSequence.main(args);
        System.out.println("=== RadixStrings");
        RadixStrings.main(args);
        System.out.println("=== ScannerDelimiters");
        ScannerDelimiters.main(args);
        System.out.println("=== ScannerTokens");
        ScannerTokens.main(args);
        System.out.println("=== StringBuilderNumbers");
        StringBuilderNumbers.main(args);
        System.out.println("=== StringCharsets");
        StringCharsets.main(args);
        System.out.println("=== WordWrap");
        WordWrap.main(args);
    }
}
