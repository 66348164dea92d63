using System;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Storage;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// Batched persistence of the history ring (flash wear: chat messages never write one by one).
    /// A power cut loses at most the messages of the last batch window, never the ring itself (A/B
    /// slots), and never lets an id repeat: ids are reserved on flash ahead of use.
    /// </summary>
    public sealed class HistoryStore
    {
        private readonly SlotStore _slots;
        private readonly ILog _log;
        private readonly long _flushIntervalMs;
        private readonly int _idReserve;
        private long _reservedUpTo;
        private long _lastWriteMs;
        private bool _dirty;
        private uint _idEpoch;

        public HistoryStore(IFlashFiles files, ILog log, long flushIntervalMs, int idReserve)
        {
            _slots = new SlotStore(files, log, "history", HistoryImage.Kind);
            _log = log;
            _flushIntervalMs = flushIntervalMs;
            _idReserve = idReserve < 1 ? 1 : idReserve;
        }

        public int FlashWrites
        {
            get { return _slots.WriteCount; }
        }

        public bool IsDirty
        {
            get { return _dirty; }
        }

        /// <summary>State written and loaded with the messages (the links' ledger); set before <see cref="Load"/>.</summary>
        public IHistoryAnnex Annex { get; set; }

        /// <summary>
        /// Loads the ring for the accounts of <paramref name="idEpoch"/>. Ids continue above everything
        /// that may have been handed out before the restart. A history written for other accounts
        /// (they were lost and user ids start again) keeps its public messages and loses its private
        /// ones, which the new holders of those user ids must never read.
        /// </summary>
        public void Load(HistoryRing ring, long nowMs, uint idEpoch)
        {
            int version;
            byte[] image = _slots.LoadImage(out version);
            _idEpoch = idEpoch;
            if (image != null)
            {
                try
                {
                    uint storedEpoch;
                    _reservedUpTo = HistoryImage.Decode(image, SlotImage.HeaderBytes, SlotImage.PayloadLength(image), version, ring, Annex, out storedEpoch);
                    if (storedEpoch != idEpoch)
                    {
                        int dropped = DropPrivateMessages(ring);
                        _dirty = true;
                        _log.Warn("history: written for accounts that are gone (user ids start again); " + dropped + " private messages dropped");
                    }
                }
                catch (CorruptImageException e)
                {
                    _log.Warn("history: stored image unreadable (" + e.Message + "); starting with an empty history");
                    ring.Clear();
                    if (Annex != null)
                    {
                        Annex.Reset();
                    }
                }
            }

            if (_reservedUpTo > ring.LastId)
            {
                // Ids up to the reservation may have reached clients before a power cut: never reuse them.
                ring.LastId = _reservedUpTo;
            }

            _lastWriteMs = nowMs;
            _log.Info("history: " + ring.Count + " messages loaded, next id " + (ring.LastId + 1));
        }

        /// <summary>Call after a message was added: writes at once only when the id reservation runs out.</summary>
        public void MessageAdded(HistoryRing ring, long nowMs)
        {
            _dirty = true;
            if (ring.LastId > _reservedUpTo)
            {
                Write(ring, ring.LastId + _idReserve, nowMs);
            }
        }

        /// <summary>Call after messages were removed (moderation): persisted with the next batch.</summary>
        public void Changed()
        {
            _dirty = true;
        }

        /// <summary>Writes the batch when the window has passed.</summary>
        public void FlushIfDue(HistoryRing ring, long nowMs)
        {
            if (_dirty && nowMs - _lastWriteMs >= _flushIntervalMs)
            {
                Write(ring, _reservedUpTo, nowMs);
            }
        }

        /// <summary>Clean shutdown: writes now, with the reservation tightened to the last id.</summary>
        public void Flush(HistoryRing ring, long nowMs)
        {
            if (_dirty || _reservedUpTo != ring.LastId)
            {
                Write(ring, ring.LastId, nowMs);
            }
        }

        /// <summary>Factory reset: the ring and its flash go; what is written next belongs to the accounts of <paramref name="idEpoch"/>.</summary>
        public void Erase(HistoryRing ring, uint idEpoch)
        {
            _slots.Erase();
            ring.Clear();
            if (Annex != null)
            {
                Annex.Reset();
            }

            _dirty = false;
            _idEpoch = idEpoch;
        }

        private static int DropPrivateMessages(HistoryRing ring)
        {
            int dropped = 0;
            int at = ring.First;
            while (at < ring.End)
            {
                // Remove closes the gap, so the next record then starts where this one did.
                if (HistoryRecord.ToUserId(ring.Records, at) != 0)
                {
                    ring.Remove(HistoryRecord.Id(ring.Records, at));
                    dropped++;
                }
                else
                {
                    at = ring.Next(at);
                }
            }

            return dropped;
        }

        private void Write(HistoryRing ring, long reservedUpTo, long nowMs)
        {
            try
            {
                _slots.Save(HistoryImage.FormatVersion, new HistoryImage(ring, reservedUpTo, _idEpoch, Annex));
                _reservedUpTo = reservedUpTo;
                _dirty = false;
            }
            catch (Exception e)
            {
                // The ring stays in memory and dirty; the next tick tries again.
                _log.Warn("history: flash write failed (" + e.Message + "); will retry");
            }

            _lastWriteMs = nowMs;
        }
    }
}
