namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// The modules a reader finds the symbol by, which carry no data: the three finders with their light
    /// separators, the timing rows, the alignment patterns, and the areas of the format and version
    /// information.
    /// </summary>
    public static class QrFunctionPatterns
    {
        public static void Draw(QrCode code)
        {
            int size = code.Size;
            for (int i = 0; i < size; i++)
            {
                code.SetFunction(6, i, i % 2 == 0);
                code.SetFunction(i, 6, i % 2 == 0);
            }

            DrawFinder(code, 3, 3);
            DrawFinder(code, size - 4, 3);
            DrawFinder(code, 3, size - 4);

            int count = QrVersions.AlignmentCount(code.Version);
            int last = count - 1;
            for (int row = 0; row < count; row++)
            {
                for (int column = 0; column < count; column++)
                {
                    // The three corners taken by finders have no alignment pattern.
                    bool finderCorner = (row == 0 && column == 0) || (row == 0 && column == last) || (row == last && column == 0);
                    if (!finderCorner)
                    {
                        DrawAlignment(code, QrVersions.AlignmentPosition(code.Version, column), QrVersions.AlignmentPosition(code.Version, row));
                    }
                }
            }

            QrFormatInformation.DrawFormat(code, 0);
            QrFormatInformation.DrawVersion(code);
        }

        /// <summary>Concentric squares around (centreX, centreY): dark 3 x 3, light ring, dark ring, then the light separator.</summary>
        private static void DrawFinder(QrCode code, int centreX, int centreY)
        {
            for (int dy = -4; dy <= 4; dy++)
            {
                for (int dx = -4; dx <= 4; dx++)
                {
                    int x = centreX + dx;
                    int y = centreY + dy;
                    if (x >= 0 && x < code.Size && y >= 0 && y < code.Size)
                    {
                        int ring = Ring(dx, dy);
                        code.SetFunction(x, y, ring != 2 && ring != 4);
                    }
                }
            }
        }

        /// <summary>A dark module in a light ring in a dark ring: 5 x 5.</summary>
        private static void DrawAlignment(QrCode code, int centreX, int centreY)
        {
            for (int dy = -2; dy <= 2; dy++)
            {
                for (int dx = -2; dx <= 2; dx++)
                {
                    code.SetFunction(centreX + dx, centreY + dy, Ring(dx, dy) != 1);
                }
            }
        }

        /// <summary>The square ring (Chebyshev distance) that an offset from a centre lies on.</summary>
        private static int Ring(int dx, int dy)
        {
            int x = dx < 0 ? -dx : dx;
            int y = dy < 0 ? -dy : dy;
            return x > y ? x : y;
        }
    }
}
