using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Recognise;

/// <summary>Cities the genre's articles name as venues, with their countries. The gazetteer cannot yet add to it.</summary>
public static class Places
{
    public static readonly Dictionary<string, string> Cities = new(StringComparer.Ordinal)
    {
        ["Phnom Penh"] = "KH", ["Siem Reap"] = "KH", ["Sihanoukville"] = "KH", ["Preah Sihanouk"] = "KH", ["Battambang"] = "KH", ["Kampot"] = "KH",
        ["Kandal"] = "KH", ["Ream"] = "KH", ["Kep"] = "KH", ["Koh Kong"] = "KH", ["Kampong Speu"] = "KH", ["Kampong Chhnang"] = "KH",
        ["Ankara"] = "TR", ["Istanbul"] = "TR", ["Vientiane"] = "LA", ["Luang Prabang"] = "LA", ["Hanoi"] = "VN", ["Ho Chi Minh City"] = "VN",
        ["Bangkok"] = "TH", ["Beijing"] = "CN", ["Shanghai"] = "CN", ["Tokyo"] = "JP", ["Seoul"] = "KR", ["Busan"] = "KR", ["Pyongyang"] = "KP",
        ["Washington"] = "US", ["Washington, D.C."] = "US", ["Honolulu"] = "US", ["New York"] = "US", ["Moscow"] = "RU", ["New Delhi"] = "IN",
        ["Jakarta"] = "ID", ["Kuala Lumpur"] = "MY", ["Singapore"] = "SG", ["Manila"] = "PH", ["Naypyidaw"] = "MM", ["Nay Pyi Taw"] = "MM",
        ["Yangon"] = "MM", ["Bandar Seri Begawan"] = "BN", ["Dili"] = "TL", ["Canberra"] = "AU", ["Sydney"] = "AU", ["Wellington"] = "NZ",
        ["Paris"] = "FR", ["London"] = "GB", ["Berlin"] = "DE", ["Brussels"] = "BE", ["Dushanbe"] = "TJ", ["Tashkent"] = "UZ", ["Astana"] = "KZ",
        ["Islamabad"] = "PK", ["Dhaka"] = "BD", ["Colombo"] = "LK", ["Kathmandu"] = "NP", ["Ulaanbaatar"] = "MN", ["Tehran"] = "IR",
        ["Riyadh"] = "SA", ["Abu Dhabi"] = "AE", ["Dubai"] = "AE", ["Doha"] = "QA", ["Cairo"] = "EG", ["Ottawa"] = "CA", ["Madrid"] = "ES",
        ["Rome"] = "IT", ["Warsaw"] = "PL", ["Kyiv"] = "UA", ["Minsk"] = "BY", ["Taipei"] = "TW", ["Hong Kong"] = "HK", ["Macau"] = "MO",
        ["Geneva"] = "CH", ["Vienna"] = "AT", ["Stockholm"] = "SE", ["Oslo"] = "NO", ["Copenhagen"] = "DK", ["Helsinki"] = "FI",
        ["Pretoria"] = "ZA", ["Nairobi"] = "KE", ["Addis Ababa"] = "ET", ["Brasilia"] = "BR", ["Buenos Aires"] = "AR", ["Mexico City"] = "MX",
        ["Havana"] = "CU", ["Baku"] = "AZ", ["Bishkek"] = "KG", ["Ashgabat"] = "TM", ["Kabul"] = "AF", ["Baghdad"] = "IQ", ["Amman"] = "JO",
        ["Jerusalem"] = "IL", ["Tel Aviv"] = "IL", ["Beirut"] = "LB", ["Damascus"] = "SY", ["Kigali"] = "RW", ["Juba"] = "SS", ["Bamako"] = "ML",
        ["Bangui"] = "CF", ["Khartoum"] = "SD", ["Abyei"] = "SD", ["Hue"] = "VN", ["Da Nang"] = "VN", ["Chiang Mai"] = "TH", ["Pattaya"] = "TH",
        ["Okinawa"] = "JP", ["Guangzhou"] = "CN", ["Kunming"] = "CN", ["Nanning"] = "CN", ["Hainan"] = "CN",
    };
}
