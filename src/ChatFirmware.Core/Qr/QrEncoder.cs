namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// Bytes in, QR symbol out: byte mode, error-correction level M (15 % of the symbol may be lost),
    /// the smallest version from 1 to <see cref="QrVersions.MaxVersion"/> that holds the bytes, and the
    /// mask with the lowest penalty. The files of this folder depend on nothing else in the core, so
    /// that a script can compile exactly them (docs/join-card.md).
    /// </summary>
    public static class QrEncoder
    {
        /// <summary>Pass as the mask to let the encoder choose.</summary>
        public const int AnyMask = -1;

        /// <summary>The most bytes one symbol here can hold.</summary>
        public static int MaxBytes
        {
            get { return QrVersions.ByteCapacity(QrVersions.MaxVersion); }
        }

        /// <summary>Encodes the bytes with the mask of lowest penalty; throws ArgumentException past <see cref="MaxBytes"/>.</summary>
        public static QrCode Encode(byte[] payload)
        {
            return Encode(payload, AnyMask);
        }

        /// <summary>
        /// Encodes the bytes with the given mask (0 to 7), or with the one of lowest penalty for
        /// <see cref="AnyMask"/>. A fixed mask is for comparisons with other encoders and for tests.
        /// </summary>
        public static QrCode Encode(byte[] payload, int mask)
        {
            if (payload == null)
            {
                throw new System.ArgumentNullException("payload");
            }

            if (mask < AnyMask || mask >= QrMask.Count)
            {
                throw new System.ArgumentOutOfRangeException("mask", "QR masks are 0 to 7.");
            }

            int version = QrVersions.SmallestFor(payload.Length);
            if (version == 0)
            {
                throw new System.ArgumentException("A QR code here holds at most " + MaxBytes + " bytes (version " + QrVersions.MaxVersion + ", level M); this text has " + payload.Length + ".");
            }

            QrCode code = new QrCode(version);
            QrFunctionPatterns.Draw(code);
            QrPlacement.Place(code, QrInterleaver.Interleave(QrDataCodewords.Build(payload, version), version));
            int chosen = mask == AnyMask ? LowestPenaltyMask(code) : mask;
            QrMask.Apply(code, chosen);
            QrFormatInformation.DrawFormat(code, chosen);
            code.Mask = chosen;
            return code;
        }

        /// <summary>Tries each mask on the one matrix and undoes it; on a tie the lower mask number wins.</summary>
        private static int LowestPenaltyMask(QrCode code)
        {
            int best = 0;
            int bestScore = int.MaxValue;
            for (int mask = 0; mask < QrMask.Count; mask++)
            {
                QrMask.Apply(code, mask);
                QrFormatInformation.DrawFormat(code, mask);
                int score = QrPenalty.Score(code);
                QrMask.Apply(code, mask);
                if (score < bestScore)
                {
                    best = mask;
                    bestScore = score;
                }
            }

            return best;
        }
    }
}
