"""Sentence templates of synthetic opinions, by topic. Slots in braces are filled when the pools
are built: {adj} {adj2} an adjective, {noun} {noun2} a legal noun, {verb} a reporting verb,
{party} a role, {tech} {tech2} a noun of the ruling's technology, {tword} a technical term,
{num} a small number, {year} a year. Topic words ("patent", "likelihood of confusion",
"fair use") appear only in their topic's templates, so their document frequencies follow the
mix of IP types."""

GENERAL = """\
The {party} {verb} that the {adj} {noun} does not support the {noun2} urged by the other side.
We review the {noun} for abuse of discretion and the {adj} {noun2} de novo.
That argument fails because the {noun} on which it rests is {adj} at best.
The {party} bears the burden of proof on this {noun}, and the {adj} {noun2} does not carry it.
Having considered the {noun}, the {noun2} and the {adj} submissions of counsel, we agree.
Nothing in the {noun} suggests that the {noun2} was {adj} or that the infringement was excused.
The {party} relies heavily on the {adj} {noun}, but that reliance is misplaced.
Infringement is a question of fact, and the {noun} must be read in the light of the {noun2}.
The {party} also {verb} that the {noun} was {adj}, a point we need not reach.
On this record, a reasonable finder of fact could not conclude that the {noun} is {adj}.
The {adj} {noun} is not enough to create a genuine dispute of material fact.
Summary judgment is appropriate where there is no genuine dispute as to any material fact.
The {party} did not raise this {noun} below, and it is therefore forfeited.
The {noun} in question was {adj}, and the {noun2} {verb} as much.
Even assuming the {noun} was {adj}, any error was harmless in light of the {noun2}.
The {party}'s remaining arguments are unpersuasive, and we do not address them further.
It is common ground that the {noun} was {adj} at the relevant date.
We are not persuaded that the {adj} {noun} alters the analysis of infringement.
The {party} {verb} that the infringement claim fails for want of a {adj} {noun}.
At the hearing, counsel for the {party} accepted that the {noun} was {adj}.
The {adj} {noun} of the {party}'s witness was, in my judgment, {adj2} and reliable.
The evidence of the {party}'s expert on the {noun} was {adj} and I accept it.
I do not accept that the {noun} can be characterised as {adj} in these circumstances.
For these reasons the {noun} must be rejected, and the {noun2} stands.
The court has considered the {noun} carefully and finds it {adj}.
The {party} has not shown that the {noun} would cause {adj} prejudice.
Accordingly, the {noun} is neither {adj} nor {adj2} within the meaning of the authorities.
The parties dispute whether the {noun} was {adj} at the time of the alleged infringement.
In the absence of a {adj} {noun}, the {noun2} cannot be sustained.
The {party} offers no {adj} {noun} in support of this contention.
This {noun} turns on the {adj} {noun2}, which neither side seriously disputes.
The {noun} is, however, {adj} and does not assist the {party}.
The question is not whether the {noun} is {adj} but whether the {noun2} follows from it.
There was no {adj} {noun} of infringement before the date of the {noun2}.
The {party}'s {noun} for costs will be dealt with separately.
The {adj} {noun} proffered by the {party} was excluded as {adj2}.
We therefore decline to disturb the {noun} of the lower tribunal.
The {noun} was entered on {num} issues, of which only {num2} remain in dispute.
The {party}'s reliance on {rare} is misplaced, for the {noun} is {adj}.
The argument from {rare} does not assist the {party} on the {noun}.
That submission is, with respect, {rare}, and the {noun} remains {adj}.
Counsel described the {noun} as {rare}; I would put it no higher than {adj}.
The doctrine of {rare} has no application to a {adj} {noun} of this kind.
Nor does the {noun} become {adj} merely because the {party} calls it {rare}.
The {adj} {noun} was characterised below as {rare} and {rare2}.
The authorities on {rare} were reviewed at length, but none concerns a {adj} {noun}."""

US_PROCEDURE = """\
The motion is fully briefed, and the Court heard oral argument on the {noun}.
Under Federal Rule of Civil Procedure 56(a), summary judgment is proper if the movant shows that there is no genuine dispute as to any material fact.
A motion to dismiss under Rule 12(b)(6) tests the legal sufficiency of the {noun}.
The Court construes the {noun} in the light most favorable to the non-moving party.
Under Rule 702, the proponent of expert testimony must show that it is {adj} and reliable.
The jury returned a verdict on the {noun}, and the {party} moved for judgment as a matter of law under Rule 50(b).
Alternatively, the {party} moves for a new trial under Rule 59.
The Court DENIES the {party}'s motion to strike the {adj} {noun}.
The {party}'s motion to transfer venue under 28 U.S.C. § 1404(a) is addressed in a separate order.
Venue is proper in this district under 28 U.S.C. § 1400(b).
The Court has subject matter jurisdiction under 28 U.S.C. §§ 1331 and 1338(a).
We have jurisdiction under 28 U.S.C. § 1295(a)(1).
We review the district court's grant of summary judgment under the law of the regional circuit.
The {party} filed a notice of appeal within the time allowed by Federal Rule of Appellate Procedure 4.
The magistrate judge's report and recommendation on the {noun} is ADOPTED.
The parties are ORDERED to file a joint status report within {num} days.
Each party shall bear its own costs.
The stay pending resolution of the {noun} is lifted.
The clerk is directed to enter judgment accordingly and close the case.
The Court held a Daubert hearing on the {adj} {noun} of the {party}'s expert.
Discovery closed in {year}, and the {party} served {num} supplemental contentions thereafter.
The {party} seeks attorneys' fees and costs as the prevailing party."""

UK_PROCEDURE = """\
This is the trial of the {noun} brought by the claimant.
The application is made under CPR Part 24 for summary judgment on the {noun}.
Permission to appeal was granted by the judge on {num} grounds.
The appeal is brought with the permission of this court on the {noun}.
I am grateful to counsel for their {adj} written and oral submissions.
The trial took place over {num} days, with evidence from {num2} witnesses of fact and two experts.
Costs will be dealt with on the hand-down of this judgment if not agreed.
I would dismiss the appeal.
I agree with the judgment of my Lord and have nothing to add.
The judge directed himself correctly on the {noun} and made no error of principle.
An appellate court should be slow to interfere with the evaluative findings of a trial judge.
The claimant seeks an injunction, delivery up and an inquiry as to damages or an account of profits.
The defendant counterclaims for revocation.
The parties were invited to agree the form of order consequential upon this judgment."""

EU_PROCEDURE = """\
By its action, the applicant seeks the annulment of the contested decision.
The applicant relies on a single plea in law, alleging infringement of the {noun}.
The Board of Appeal found that the relevant public consists of the general public.
The intervener contends that the action should be dismissed.
EUIPO contends that the Court should dismiss the action and order the applicant to pay the costs.
It must be recalled that the legality of the decisions of the Board of Appeal is to be assessed solely on the basis of the applicable regulation.
The relevant territory for the assessment is that of the European Union.
The plea must therefore be rejected as unfounded.
The action is dismissed.
The applicant shall bear its own costs and pay those incurred by EUIPO.
The request for a preliminary ruling concerns the interpretation of the {noun}.
The referring court asks, in essence, whether the {noun} must be interpreted as {adj}.
It is for the national court to determine whether the {noun} is {adj} in the main proceedings.
The opposition was based on the earlier mark for goods in Classes {num} and {num2}.
The contested decision is annulled in so far as it rejected the {noun}."""

PATENT = """\
The asserted claims of the patent recite a {tech} coupled to a {tech2}.
Claim construction is a question of law, reviewed de novo where it rests on intrinsic evidence.
The words of a claim are generally given their ordinary and customary meaning to a person of ordinary skill in the art.
The specification is the single best guide to the meaning of a disputed term.
The prosecution history of the patent confirms the narrower construction of the {tech}.
The accused products do not meet the {tech} limitation, either literally or under the doctrine of equivalents.
The {party} {verb} that the {tech} of the prior art renders the asserted claims obvious.
A person of ordinary skill in the art would have been motivated to combine the {tech} with a {tech2}.
The {party}'s expert testified that the {tech} in the accused device performs substantially the same function.
The patent is presumed valid, and invalidity must be proved by clear and convincing evidence.
Anticipation requires that a single prior art reference disclose every limitation of the claim.
The written description must reasonably convey that the inventor had possession of the claimed {tech}.
The claims are directed to the abstract idea of {tword} processing and are ineligible under section 101.
The patent owner argues that the {tech} is an inventive concept that transforms the claim.
The claim construction order construed the term {tech} to mean a {adj} {tech2}.
The patentee may not recapture through equivalents subject matter surrendered during prosecution.
A reasonable royalty must be apportioned to the incremental value of the patented {tech}.
The damages expert's hypothetical negotiation used a royalty rate of {num} percent.
Willful infringement requires deliberate or intentional infringement of the patent.
The inter partes review petition challenged claims 1 to {num} of the patent as obvious.
The Board instituted review and held the challenged claims unpatentable.
Objective indicia of non-obviousness, such as commercial success, must have a nexus to the claimed invention.
The skilled person would read the claim purposively, in the light of the common general knowledge.
The patent discloses a {tword} {tech} arranged adjacent to the {tech2}.
Induced infringement requires knowledge of the patent and of the infringement.
The dependent claims add only that the {tech} is {tword}, which does not change the analysis.
Claim construction of the term {tech} is dispositive of infringement.
The inventor's testimony about the {tech} cannot vary the scope of the patent claims.
The priority date of the patent is in {year}.
The {party} contends that the patent is invalid for lack of enablement of the {tech}."""

TRADEMARK = """\
The likelihood of confusion analysis weighs the strength of the mark and the similarity of the goods.
The marks are visually and aurally similar, and the goods are sold through the same channels of trade.
The opposer relies on its prior registration of the mark for goods in Class {num}.
Likelihood of confusion is a question of fact assessed through the traditional factors.
The applicant's mark creates the same commercial impression as the registered mark.
Evidence of actual confusion is not required, but it is the best evidence of likelihood of confusion.
The mark is merely descriptive of the goods and has not acquired distinctiveness.
A mark that is suggestive is inherently distinctive and registrable without proof of secondary meaning.
The average consumer is reasonably well informed and reasonably observant and circumspect.
The earlier mark has a normal degree of inherent distinctiveness for the goods concerned.
The registrant did not use the mark in commerce for {num} consecutive years, which raises a presumption of abandonment.
The defendant's use of the sign in its advertising is use in the course of trade.
The likelihood of confusion must be appreciated globally, taking into account all relevant factors.
The trade dress is functional and therefore not protectable.
The dilution claim fails because the mark was not famous among the general consuming public.
The sign {tword} is dissimilar to the earlier mark when assessed as a whole.
Counterfeit goods bearing the mark were seized at the port of entry.
The {party} {verb} that the marks differ in their dominant elements.
The descriptive words in the mark are disclaimed and carry little weight.
The survey evidence of likelihood of confusion was flawed in its universe and its control.
The goods are identical, which offsets a lower degree of similarity between the marks.
Passing off requires goodwill, misrepresentation and damage.
The infringing use took unfair advantage of the reputation of the mark.
The refusal to register the mark under section 2(d) is affirmed."""

COPYRIGHT = """\
To establish infringement, a plaintiff must prove ownership of a valid copyright and copying of original elements.
The fair use factors are the purpose of the use, the nature of the work, the amount used and the effect on the market.
The use was transformative because it added new expression, meaning or message.
The first fair use factor weighs against the {party} because the use was commercial.
The work is a compilation whose selection and arrangement reflect a modicum of creativity.
The idea-expression distinction limits protection to the author's particular expression.
Substantial similarity is judged by the ordinary observer test.
The {party} had access to the copyrighted work through its {noun}.
The registration certificate is prima facie evidence of the validity of the copyright.
Statutory damages are available for each work infringed, up to a maximum for willful infringement.
The software's structure, sequence and organization is not protected where it is dictated by function.
The defendant's website reproduced the photographs without a license.
The musical composition and the sound recording are separate copyrighted works.
The fourth fair use factor, the effect on the potential market, is undisputed here.
Copyright subsists in the work as an original literary work.
The {party} {verb} that the copying was de minimis and not actionable.
The copyrighted material was distributed to the public on the {party}'s platform.
Secondary liability for copyright infringement requires knowledge and material contribution.
The DMCA safe harbor does not protect a service provider with red flag knowledge.
The fair use defense fails on this record."""

DESIGN = """\
The design must be assessed from the point of view of the informed user.
The ordinary observer, familiar with the prior art, would be deceived into purchasing the accused article.
The overall impression produced by the contested design differs from that of the earlier design.
The designer's degree of freedom in developing the design was {adj}.
The features of appearance dictated solely by technical function are excluded from protection.
The registered design shows the {tech} in {num} views.
The accused article embodies the ornamental design claimed in the design patent.
Total profit from the article of manufacture is recoverable for infringement of a design patent.
The design lacked individual character over the prior design disclosed in {year}.
The differences in the {tech} are minor and would be overlooked by the informed user."""

TRADE_SECRET = """\
A trade secret derives independent economic value from not being generally known.
The {party} took reasonable measures to keep the information secret, including confidentiality agreements.
Misappropriation requires acquisition by improper means or disclosure without consent.
The former employee downloaded {num} files shortly before resigning.
The customer list was compiled at considerable expense and was not readily ascertainable.
The information had the necessary quality of confidence and was imparted in circumstances importing an obligation of confidence.
The {party} used the confidential information to accelerate development of a competing {noun}.
Exemplary damages are available for willful and malicious misappropriation.
The non-disclosure agreement defined confidential information broadly.
The general skill and knowledge of an employee is not a trade secret."""

TECH = """\
The {tech} is disposed between the {tech2} and the {tword} element.
In one embodiment, the {tech} comprises a {tword} material.
The {tech2} transmits a signal to the {tech} when a threshold is exceeded.
The accused {tech} uses a {tword} arrangement rather than a {tech2}.
Figure {num} shows the {tech} connected to the {tech2}.
The {tech} may be formed of a {tword} layer about {num} microns thick.
The {tech2} is configured to adjust the {tech} in response to the {tword} reading.
The prior art {tech} lacked any {tword} component.
A skilled engineer would have recognised the {tech} as a conventional {tech2}.
The {tech} and the {tech2} operate together to reduce {tword} losses."""
