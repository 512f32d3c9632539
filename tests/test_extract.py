"""Statement extraction and attribution on texts written for the tests."""

from conftest import only


def test_speaker_after_the_quote_inverted_and_normal(analyse):
    sts = analyse('“We want a fair deal for our workers,” said Robert Lighthizer.\n\n'
                  '“Korea will defend its interests,” Kim Hyun-chong told reporters.')
    a, b = sts
    assert (a.speaker, a.org, a.side, a.kind) == ("Robert Lighthizer", "USTR", "US", "direct")
    assert (b.speaker, b.org, b.side, b.kind) == ("Kim Hyun-chong", "MOTIE", "KR", "direct")
    assert a.quote == "We want a fair deal for our workers,"


def test_speaker_before_the_quote_with_colon(analyse):
    st = only(analyse('Trade Minister Kim Hyun-chong added: “We cannot accept a one-sided deal.”'), "Kim")
    assert (st.speaker, st.kind) == ("Kim Hyun-chong", "direct")


def test_speaker_inside_the_quote(analyse):
    st = only(analyse('“The deficit is too large,” Lighthizer said, “and it must come down.”'), "deficit")
    assert (st.speaker, st.kind) == ("Robert Lighthizer", "direct")


def test_quote_continuing_in_the_next_sentence_and_paragraph_keeps_the_speaker(analyse):
    sts = analyse('“We will press for changes,” Lighthizer said. “Korea must open its market.”\n\n'
                  '“Our workers deserve it.”')
    assert [s.speaker for s in sts] == ["Robert Lighthizer"] * 3


def test_unattributed_quote_followed_by_x_added(analyse):
    sts = analyse('The talks show there is “a great deal of work left to do on autos.”\n'
                  'Lighthizer added: “We will get there.”')
    assert sts[0].speaker == "Robert Lighthizer" and sts[0].kind == "partial"
    assert "next sentence" in sts[0].evidence["attribution"][0]


def test_scare_quotes_and_titles_are_not_statements(analyse):
    sts = analyse('The so-called “reset” of trade ties was covered in “Trade Wars Today” on Monday.\n\n'
                  'Analysts described the mood as “tense”.')
    assert sts == []


def test_reported_speech_without_quotes(analyse):
    sts = analyse("According to the trade ministry, Seoul will not accept tariffs on cars.\n\n"
                  "The US pressed for the removal of non-tariff barriers.\n\n"
                  "Korean officials expressed caution about the pace of change.")
    assert [(s.org, s.side, s.kind) for s in sts] == [("MOTIE", "KR", "indirect"), ("USTR", "US", "indirect"),
                                                     ("MOTIE", "KR", "indirect")]


def test_pronoun_resolves_to_the_nearest_compatible_speaker(analyse):
    sts = analyse("Yoo Myung-hee met Robert Lighthizer in Seoul.\n\n"
                  "She said Korea had offered concessions on autos.\n\n"
                  "He said the offer was not enough.")
    assert [s.speaker for s in sts] == ["Yoo Myung-hee", "Robert Lighthizer"]
    assert "'She' resolved to Yoo Myung-hee" in sts[0].evidence["attribution"]


def test_surname_title_and_apposition(analyse):
    sts = analyse("Yeo Han-koo, a director general at the trade ministry, said Seoul would resist.\n\n"
                  "Ambassador Lighthizer said the talks would go on.")
    assert [(s.speaker, s.org) for s in sts] == [("Yeo Han-koo", "MOTIE"), ("Robert Lighthizer", "USTR")]


def test_group_and_role_after_an_actor_speak_for_it(analyse):
    sts = analyse("The U.S. side again called for wider access for cars.\n\n"
                  "Talks ended, with Seoul's chief negotiator saying gaps had narrowed.")
    assert [(s.org, s.side) for s in sts] == [("USTR", "US"), ("MOTIE", "KR")]


def test_a_relative_clause_does_not_steal_the_subject(analyse):
    st = only(analyse("Trade Minister Kim Hyun-chong, who visited Washington this week, said Seoul will "
                      "not accept any change to its farm market."), "Kim")
    assert (st.speaker, st.side, st.stance) == ("Kim Hyun-chong", "KR", "oppose")


def test_a_title_alone_stands_for_its_holder(analyse):
    sts = analyse("Kim Hyun-chong arrived in Washington on Monday.\n\n"
                  "The trade minister said Korea would not accept new tariffs.")
    assert [(s.speaker, s.org) for s in sts] == [("Kim Hyun-chong", "MOTIE")]


def test_descriptor_resolves_to_the_most_recent_actor(analyse):
    sts = analyse("Sandler, Travis & Rosenberg covered the session.\n\n"
                  "The firm said more talks are planned.\n\n"
                  "Korea's foreign ministry was consulted. The ministry said it wants a review first.")
    assert [s.org for s in sts] == ["STR", "MOFA"]


def test_chain_gives_the_position_to_its_holder(analyse):
    st = only(analyse("According to the law firm Sandler, Travis & Rosenberg, a Korea Times article "
                      "says the US demanded stricter rules of origin."), "demanded")
    assert (st.org, st.side) == ("USTR", "US")
    assert any("relays" in step for step in st.evidence["attribution"])


def test_trailing_source_is_outermost(analyse):
    st = only(analyse("A USTR fact sheet notes that services exports stalled, says the firm."), "stalled")
    assert st.org == "USTR"


def test_speaker_not_in_the_dossier_keeps_name_without_guessing(analyse):
    st = only(analyse('“Farmers will suffer,” said Jane Porter, a dairy farmer from Ohio.'), "Farmers")
    assert (st.speaker, st.org, st.side) == ("Jane Porter", None, None)


def test_joint_statements_get_side_both(analyse):
    sts = analyse("Both sides agreed to meet again in March.\n\n"
                  "The two sides said they would exchange proposals.\n\n"
                  "Both the US and Korea said talks were constructive.")
    assert [s.side for s in sts] == ["both", "both", "both"]


def test_words_inside_a_quote_never_decide_the_speaker(analyse):
    st = only(analyse('A ministry statement said “both sides now share an understanding of the need to amend the '
                      'agreement,” according to the trade ministry.'), "both sides")
    assert st.side == "KR"


def test_metonym_in_a_modifier_is_not_a_speaker(analyse):
    assert analyse("Industry groups in Washington urged negotiators to move faster.") == []
    assert analyse("The US-Korea free trade agreement suggests growth.") == []


def test_offsets_point_at_the_statement_text(analyse):
    text = "Intro line\n\n  Lighthizer said the\u00a0US wants changes.  \n"
    st = analyse(text)[0]
    assert text[st.start:st.end].replace("\u00a0", " ") == st.text == "Lighthizer said the US wants changes."


def test_no_comment_is_no_statement_and_generic_subjects_are_no_speakers(analyse):
    assert analyse("General Motors, which has plants in Korea, declined to comment.\n\n"
                   "Analysts said the talks could drag on.\n\n"
                   "The agreement, which took effect in 2012, says tariffs must go.") == []


def test_single_word_company_and_adverbs_between_subject_and_verb(analyse):
    sts = analyse("Ford said it supports keeping the current agreement.\n\n"
                  "Mr. Lighthizer has long argued that the deal hurts U.S. manufacturers.\n\n"
                  "In October Seoul agreed to talks.")
    assert [(s.speaker, s.org, s.stance) for s in sts] == [
        ("Ford", None, "oppose"), ("Robert Lighthizer", "USTR", "favor"), (None, "MOTIE", "neutral")]


def test_anonymous_officials_speak_for_their_side_or_not_at_all(analyse):
    sts = analyse('Lighthizer met Kim.\n\n“We will get a deal,” a senior administration official said.\n\n'
                  '“Talks are hard,” a source said.')
    assert [(s.org, s.side) for s in sts] == [("WhiteHouse", "US")]


def test_an_introduction_ending_in_a_colon_names_the_next_quote(analyse):
    sts = analyse("Trade Representative Robert E. Lighthizer issued the following statement today:\n\n"
                  "“We have reached an agreement that will improve the deal for American workers.”")
    (st,) = sts
    assert (st.speaker, st.kind) == ("Robert Lighthizer", "direct") and st.text.startswith("“We have")


def test_a_persons_title_after_a_country_stays_the_persons(analyse):
    st = only(analyse("Korea's Minister for Trade Kim Hyun-chong welcomed the deal."), "welcomed")
    assert (st.speaker, st.org, st.stance) == ("Kim Hyun-chong", "MOTIE", "favor")


def test_british_single_quotes_with_apostrophes_inside(analyse):
    sts = analyse("‘We won’t give up our farmers’ livelihoods,’ Kim Hyun-chong told parliament. "
                  "‘The Americans know our position.’")
    assert [(s.kind, s.speaker) for s in sts] == [("direct", "Kim Hyun-chong")] * 2
    assert sts[0].quote.startswith("We won’t give up our farmers’ livelihoods,") and sts[0].stance == "oppose"


def test_possessive_title_joint_subjects_and_no_details(analyse):
    sts = analyse("South Korea will not open its rice market, its trade minister said on Thursday, "
                  "as talks on revising the pact began.\n\n"
                  "Both governments declined to give details.\n\n"
                  "US and Korean negotiators said they had agreed to meet again in March.")
    assert [(s.speaker, s.side, s.stance) for s in sts] == [
        ("Kim Hyun-chong", "KR", "oppose"), (None, "both", "neutral")]
    assert any(r.startswith("background") for r in sts[0].evidence["stance_rules"])


def test_organisations_outside_the_dossier_speak_and_media_relay(analyse):
    sts = analyse("The Korea International Trade Association said in a report that the deal helps exporters.\n\n"
                  "According to the Wall Street Journal, Seoul rejected the demand.")
    assert [(s.speaker, s.org, s.side) for s in sts] == [
        ("Korea International Trade Association", None, None), (None, "MOTIE", "KR")]


def test_press_release_style(analyse):
    sts = analyse("The Ministry of Trade, Industry and Energy (MOTIE) announced on March 26 that the two sides "
                  "reached an agreement in principle.\n\n"
                  'Trade Minister Kim Hyun-chong stated, "We defended our national interest."')
    assert [(s.org, s.speaker, s.kind, s.stance) for s in sts] == [
        ("MOTIE", None, "indirect", "favor"), ("MOTIE", "Kim Hyun-chong", "direct", "oppose")]


def test_person_before_an_apposition_naming_an_organisation(analyse):
    sts = analyse("Thomas Donohue, president of the U.S. Chamber of Commerce, said withdrawing would hurt farmers.\n\n"
                  "Seoul has repeatedly said it does not want to scrap the deal.")
    assert [(s.speaker, s.side, s.stance) for s in sts] == [("Thomas Donohue", None, "neutral"),
                                                          (None, "KR", "oppose")]


def test_two_parties_named_together_act_jointly(analyse):
    sts = analyse("President Donald Trump and South Korean President Moon Jae-in signed the revised agreement.\n\n"
                  "Lighthizer and Beeman said talks went well.")
    assert [(s.side, s.speaker) for s in sts] == [("both", None), ("US", "Robert Lighthizer")]


def test_quoted_as_saying_offices_and_presidential_office(analyse):
    sts = analyse("Yonhap quoted Kim Hyun-chong as saying that Seoul will not give up its farmers.\n\n"
                  "U.S. Trade Representative Robert Lighthizer's office said the talks were productive.\n\n"
                  "The presidential office said Moon would attend.")
    assert [(s.speaker, s.org) for s in sts] == [("Kim Hyun-chong", "MOTIE"), (None, "USTR"), (None, "BlueHouse")]


def test_mentions_are_the_same_with_and_without_the_document_scan(dossier):
    # extract() finds where patterns may match with one scan per document; without it each
    # pattern scans each sentence itself. Both must give the same mentions.
    from analysis.extract import _scanner
    from analysis.mentions import finder_for
    from analysis.scan import Scanned

    finder = finder_for(dossier)
    texts = ["Ford said it would wait. McDonald said no, and IBM Said yes.",
             "“Fine,” Kim said. Officials at the Ministry of Trade, Industry and Energy declined to comment.",
             "The trade minister told reporters that Seoul and Washington agreed; a USTR statement said so."]
    scanned = [Scanned(t) for t in texts]
    for s, hits in zip(scanned, _scanner(finder).hits([s.low_scan for s in scanned])):
        alone = finder.find(Scanned(s.text), 0)
        s.low_hits = hits
        assert finder.find(s, 0) == alone and alone
