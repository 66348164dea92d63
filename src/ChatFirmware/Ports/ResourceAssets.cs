using System;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Web;
using nanoFramework.Runtime.Native;

namespace ChatFirmware.Ports
{
    /// <summary>
    /// What is served from flash, embedded in the deployed image (Resources.resx: the build-time gzip
    /// members in src/ChatFirmware.Core/Web/Assets/gz). Every GetObject copies what it returns into a new array, so
    /// bodies are read in slices (the offset/length overload) and nothing is cached in the small heap;
    /// only each asset's length is kept, learnt once at boot.
    /// </summary>
    internal sealed class ResourceAssets : IAssetSource
    {
        private static readonly string[] Names = new string[] { StaticAssets.StyleSheet, StaticAssets.LoginPage, StaticAssets.RegisterPage, StaticAssets.ChatPage };

        private static readonly Resources.BinaryResources[] Ids = new Resources.BinaryResources[]
        {
            Resources.BinaryResources.app_css, Resources.BinaryResources.login_html, Resources.BinaryResources.register_html, Resources.BinaryResources.chat_html,
        };
        private readonly int[] _lengths = new int[Names.Length];

        public ResourceAssets()
        {
            for (int i = 0; i < Ids.Length; i++)
            {
                // The resource API has no length query: one whole copy at boot, dropped at once.
                _lengths[i] = Resources.GetBytes(Ids[i]).Length;
            }
        }

        public bool SendsInSlices
        {
            get { return true; }
        }

        public int Length(string name)
        {
            int index = IndexOf(name);
            return index < 0 ? -1 : _lengths[index];
        }

        public byte[] Read(string name, int offset, int count)
        {
            int index = IndexOf(name);
            if (index < 0)
            {
                throw new ArgumentException("no asset " + name);
            }

            return (byte[])ResourceUtility.GetObject(Resources.ResourceManager, Ids[index], offset, count);
        }

        private static int IndexOf(string name)
        {
            for (int i = 0; i < Names.Length; i++)
            {
                if (Names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
